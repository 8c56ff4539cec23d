import MailComposer from 'nodemailer/lib/mail-composer';

export type EmlInput = {
  to?: { name: string; email?: string };
  from?: { name?: string; email?: string };
  subject: string;
  text: string;
  date: Date;
};

function address(
  p: { name?: string; email?: string } | undefined,
): { name: string; address: string } | undefined {
  if (!p?.email) return undefined;
  return { name: p.name ?? '', address: p.email };
}

/**
 * Builds an RFC 5322 message (a `.eml` file a mail client opens as a draft to send).
 *
 * @example
 * const eml = await buildEml({ to: { name: 'Dana', email: 'dana@example.com' }, subject: 'Thank you', text, date: now });
 */
export async function buildEml(input: EmlInput): Promise<string> {
  const to = address(input.to);
  const from = address(input.from);
  const mail = new MailComposer({
    ...(to ? { to } : {}),
    ...(from ? { from } : {}),
    subject: input.subject,
    text: input.text,
    date: input.date,
    // Mail clients open unsent drafts for editing rather than as received mail.
    headers: { 'X-Unsent': '1' },
  });
  const message = await mail.compile().build();
  return message.toString('utf8');
}
