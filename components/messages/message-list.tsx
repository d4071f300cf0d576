/** The messages of a thread, oldest first, each with its author, time, text and attachments. */
export function MessageList(props: {
  label: string;
  attachmentsLabel: string;
  messages: readonly {
    id: string;
    body: string;
    authorLabel: string;
    when: string;
    attachments: readonly { id: string; fileName: string; href: string; sizeLabel: string }[];
  }[];
}) {
  return (
    <ol className="plain-list grid gap-3" aria-label={props.label}>
      {props.messages.map((m) => (
        <li key={m.id}>
          <article className="card" aria-labelledby={`melding-${m.id}`}>
            <h3 id={`melding-${m.id}`} className="m-0 text-base">
              {m.authorLabel}
            </h3>
            <p className="m-0 text-muted">{m.when}</p>
            <p className="break-words whitespace-pre-wrap">{m.body}</p>
            {m.attachments.length > 0 ? (
              <ul aria-label={props.attachmentsLabel}>
                {m.attachments.map((a) => (
                  <li key={a.id}>
                    <a href={a.href} download>
                      {a.fileName}
                    </a>{" "}
                    <span className="text-muted">({a.sizeLabel})</span>
                  </li>
                ))}
              </ul>
            ) : null}
          </article>
        </li>
      ))}
    </ol>
  );
}
