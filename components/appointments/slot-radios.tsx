/** A free time as the pickers show it: texts are formatted on the server (Oslo time). */
export type SlotOption = { id: string; time: string; details: string };

/**
 * The free times of one day as a radio group. No hooks, so it renders inside a server page's GET
 * form and inside a client form alike.
 */
export function SlotRadios({
  legend,
  slots,
  name,
  selectedId,
  error,
  idPrefix = "tid",
}: {
  legend: string;
  slots: readonly SlotOption[];
  name: string;
  selectedId?: string | undefined;
  error?: string | null | undefined;
  idPrefix?: string;
}) {
  const errorId = `${idPrefix}-feil`;
  return (
    <fieldset className="field max-w-none" aria-describedby={error ? errorId : undefined}>
      <legend className="mb-2 text-lg">{legend}</legend>
      {error ? (
        <p id={errorId} className="field-error m-0">
          {error}
        </p>
      ) : null}
      <ul role="list" className="plain-list grid gap-2">
        {slots.map((slot, i) => (
          <li key={slot.id} className="choice rounded border border-line-subtle p-2">
            <input
              type="radio"
              id={`${idPrefix}-${i}`}
              name={name}
              value={slot.id}
              defaultChecked={slot.id === selectedId}
              required
            />
            <label htmlFor={`${idPrefix}-${i}`}>
              <span className="font-semibold">{slot.time}</span>
              <span className="block text-muted">{slot.details}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
