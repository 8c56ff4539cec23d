// Loaded lazily (await import('./build-eml')) by `rebound eml` only. The static import becomes a
// plain require in the CLI bundle: a dynamic import() of an external package fails when the bundle
// runs from its V8 code cache, and loading nodemailer for every command would slow them all.
import MailComposer from 'nodemailer/lib/mail-composer';
import type Mail from 'nodemailer/lib/mailer';

/**
 * An RFC 5322 message (headers, blank line, body) built by nodemailer's MailComposer.
 *
 * @example
 * const eml = await buildEml({ to: 'dana@example.com', subject: 'Thank you', text: 'Hi Dana, ...' });
 */
export async function buildEml(mail: Mail.Options): Promise<Buffer> {
  return new MailComposer(mail).compile().build();
}
