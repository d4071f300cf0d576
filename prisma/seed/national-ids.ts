import { generateSyntheticNationalId, individualNumberRanges } from "@/lib/identity/national-id";

export type Sex = "female" | "male";

/**
 * Hands out unique synthetic national ids. The third individual digit is even for women and odd
 * for men, as in real numbers. "down" walks each range from the top (the seed); "up" from the
 * bottom (test factories), so the two rarely meet in a seeded test database.
 */
export class NationalIdAllocator {
  private readonly position = new Map<string, number>();
  private readonly used = new Set<string>();
  private readonly candidates = new Map<string, number[]>();

  constructor(private readonly direction: "down" | "up" = "down") {}

  /** The next free synthetic id for this birth date (UTC calendar date) and sex. */
  allocate(birthDate: Date, sex: Sex, isTaken?: (id: string) => boolean): string {
    const dateKey = birthDate.toISOString().slice(0, 10);
    const list = this.candidateNumbers(birthDate.getUTCFullYear(), sex);
    const posKey = `${dateKey}:${sex}`;
    for (let i = this.position.get(posKey) ?? 0; i < list.length; i++) {
      const id = generateSyntheticNationalId(birthDate, list[i] ?? 0);
      if (id === null || this.used.has(id) || isTaken?.(id)) continue;
      this.position.set(posKey, i + 1);
      this.used.add(id);
      return id;
    }
    throw new Error(`no synthetic national id left for ${dateKey} (${sex})`);
  }

  /** Marks an id as taken (made elsewhere), so it is never handed out again. */
  reserve(id: string): void {
    this.used.add(id);
  }

  private candidateNumbers(year: number, sex: Sex): number[] {
    const key = `${year}:${sex}`;
    let list = this.candidates.get(key);
    if (!list) {
      const parity = sex === "female" ? 0 : 1;
      list = [];
      for (const [from, to] of individualNumberRanges(year)) {
        for (let n = from; n <= to; n++) if (n % 2 === parity) list.push(n);
      }
      if (this.direction === "down") list.reverse();
      this.candidates.set(key, list);
    }
    return list;
  }
}
