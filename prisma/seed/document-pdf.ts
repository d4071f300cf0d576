import { PDFDocument, StandardFonts } from "pdf-lib";

/**
 * A small, valid PDF for a seeded document (a letter, discharge papers, education material), made
 * with pdf-lib rather than hand-written bytes. Deterministic dates so a seed gives the same files.
 */
export async function documentPdf(input: {
  title: string;
  from: string;
  lines: readonly string[];
  date: Date;
}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(input.title);
  pdf.setAuthor(input.from);
  pdf.setCreator("HelsaMi (syntetiske testdata)");
  pdf.setProducer("pdf-lib");
  pdf.setCreationDate(input.date);
  pdf.setModificationDate(input.date);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page = pdf.addPage([595, 842]); // A4
  let y = 780;
  page.drawText(input.from, { x: 56, y, size: 10, font: regular });
  y -= 40;
  page.drawText(input.title, { x: 56, y, size: 16, font: bold });
  y -= 30;
  for (const line of input.lines) {
    page.drawText(line, { x: 56, y, size: 11, font: regular, maxWidth: 480, lineHeight: 14 });
    y -= 20;
  }
  page.drawText("Syntetiske testdata – ingen ekte person.", {
    x: 56,
    y: 56,
    size: 8,
    font: regular,
  });
  return pdf.save();
}
