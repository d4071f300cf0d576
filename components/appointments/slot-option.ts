import type { AppointmentFormat } from "@/lib/i18n/format";
import type { SlotOption } from "./slot-radios";

type Slot = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  mode: string;
  location: string | null;
  clinicianName: string | null;
};

/** A free time as a radio option: "09:20–09:40" and "Oppmøte: <place>. <clinician>". */
export function slotOption(slot: Slot, unitName: string, f: AppointmentFormat): SlotOption {
  const details = [`${f.mode(slot.mode)}: ${f.place(slot, unitName)}`, slot.clinicianName]
    .filter(Boolean)
    .join(". ");
  return { id: slot.id, time: f.timeRange(slot.startsAt, slot.endsAt), details };
}
