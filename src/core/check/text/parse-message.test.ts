import { describe, expect, it } from 'vitest';
import { parseMessage } from './parse-message';

const slice = (text: string, s: { start: number; end: number } | null) =>
  s ? text.slice(s.start, s.end) : null;

describe('parseMessage', () => {
  const text =
    'Subject: Thanks\n\nDear Ms. Achebe,\n\nOne.\n\nTwo. Three.\n\nThank you again.\n\nBest regards,\nMorgan Ellis\n+1 555 0100\n';
  const m = parseMessage(text, 'email');

  it('finds the subject, greeting, body, closing line and sign-off', () => {
    expect(m.subject?.value).toBe('Thanks');
    expect(m.greeting?.name).toBe('Ms. Achebe');
    expect(slice(text, m.body)).toBe('One.\n\nTwo. Three.');
    expect(slice(text, m.closing)).toBe('Thank you again.');
    expect(slice(text, m.signOff)).toBe('Best regards,\nMorgan Ellis\n+1 555 0100');
    expect(m.paragraphs).toHaveLength(2);
    expect(m.sentences).toHaveLength(4);
    expect(m.words).toBe(3);
  });

  it.each([
    ['Dear Hiring Manager,', null],
    ['Hi there,', null],
    ['Hello,', null],
    ['To whom it may concern:', null],
    ['Hi Dana,', 'Dana'],
    ['Hello Mr. Okafor,', 'Mr. Okafor'],
    ['Dana,', 'Dana'],
    ['Dear Capt. Okonjo,', 'Capt. Okonjo'],
    ['Dear Rev. Oduya,', 'Rev. Oduya'],
  ])('reads the greeting %s', (greeting, name) => {
    expect(parseMessage(`${greeting}\n\nThank you.`, 'letter').greeting?.name ?? null).toBe(name);
  });

  it('takes a short line ending in a comma, then a name, as a sign-off in any language', () => {
    const irish = 'Hi Caoimhe,\n\nThanks for Wednesday.\n\nI can send the diagram.\n\nSlán,\nDiarmuid\n';
    const parsed = parseMessage(irish, 'email');
    expect(slice(irish, parsed.signOff)).toBe('Slán,\nDiarmuid');
    expect(parsed.signOff?.valediction).toBe('Slán');
    expect(parsed.paragraphs).toHaveLength(2);
    // A whole sentence before the name is body text, not a valediction.
    const plain = 'Hi Caoimhe,\n\nThanks for Wednesday.\n\nI can send the diagram, as promised,\nDiarmuid\n';
    expect(parseMessage(plain, 'email').signOff?.valediction ?? null).toBeNull();
  });

  it('takes greeting words it does not know, before a title and a name, for a greeting', () => {
    const t = 'Malo e lelei Mr. Fifita,\n\nThank you for Thursday.\n\nBest,\nSione';
    expect(parseMessage(t, 'email').greeting?.name).toBe('Mr. Fifita');
    expect(parseMessage('Thanks again Mr. Fifita,\n\nAnd more.', 'email').greeting?.name).not.toBe(
      'Mr. Fifita',
    );
  });

  it('takes a short line of unknown words and commas before a name for a sign-off', () => {
    const t = 'Hi Dana,\n\nThe premiere went well.\n\nLights, camera, action,\nMilo Ferris';
    expect(parseMessage(t, 'email').signOff?.valediction).toBe('Lights, camera, action');
  });

  it('does not take a body line with a slash for a sign-off', () => {
    const t = 'Hi Dana,\n\nThank you.\n\nI ran the 24/7 desk and cut wait times / call drops by half.';
    expect(parseMessage(t, 'email').signOff).toBeNull();
  });

  it.each(['Dear Dra. Lamas,', 'Bonjour M. Gagnon,'])('reads the title in %j', (greeting) => {
    const t = `${greeting}\n\nThank you for Friday.\n\nBest,\nSam`;
    expect(parseMessage(t, 'email').greeting?.start).toBe(0);
  });

  it('does not take a call’s opening sentence for a greeting line', () => {
    expect(parseMessage('Hi Dana, this is Sam. We met today.', 'call').greeting).toBeNull();
  });

  it.each([
    'Best,\nSam',
    'Thanks,\nSam Rivera',
    'Kind regards,\nSam',
    'Best, Sam',
    'Sincerely,\n\nSam Rivera\nAnalyst',
    // Two languages side by side.
    'S pozdravem / Kind regards,\nSam Rivera',
    'Best regards / Saludos,\nSam',
    'Salamat po, and best regards,\nSam',
    'Thank you po and God bless,\nSam',
  ])('recognizes the sign-off %j', (signOff) => {
    const t = `Hi Dana,\n\nThank you.\n\n${signOff}`;
    expect(slice(t, parseMessage(t, 'email').signOff)).toBe(signOff);
  });

  it('does not take a closing sentence for a sign-off', () => {
    const t = 'Hi Dana,\n\nThank you.\n\nThanks again for your time and for the tour of the plant.';
    expect(parseMessage(t, 'email').signOff).toBeNull();
  });

  it.each([
    ["Good day Ma'am Villanueva,", "Ma'am Villanueva"],
    ['Morning Dave,', 'Dave'],
    ['Namaste Priya,', 'Priya'],
    ['Kia ora Aroha,', 'Aroha'],
    ['Tēnā koe Commodore Hēnare,', 'Commodore Hēnare'],
    ['Buenas tardes Lic. Villalobos,', 'Lic. Villalobos'],
    ['Tere, Kadri,', 'Kadri'],
    ['Dzień dobry Pani Agnieszko,', 'Pani Agnieszko'],
  ])('reads greetings in other registers: %s', (line, name) => {
    expect(parseMessage(`${line}\n\nThank you.\n\nBest,\nSam`, 'email').greeting?.name).toBe(name);
  });

  it('takes a short line ending in a comma before the name as a sign-off in any language', () => {
    const text = 'Hi Sam,\n\nOne.\n\nTwo.\n\nGo raibh maith agat,\nEoin';
    const m = parseMessage(text, 'email');
    expect(slice(text, m.signOff)).toBe('Go raibh maith agat,\nEoin');
    expect(m.paragraphs).toHaveLength(2);
  });

  it('takes a Māori closing with no comma at its end as a sign-off', () => {
    const text = 'Kia ora Glenys,\n\nOne.\n\nTwo.\n\nNāku noa, nā\nWiremu Tautahi\n';
    const m = parseMessage(text, 'email');
    expect(slice(text, m.signOff)).toBe('Nāku noa, nā\nWiremu Tautahi');
    expect(m.paragraphs).toHaveLength(2);
  });

  it('takes a German closing with no comma at its end as a sign-off', () => {
    const text = 'Sehr geehrter Herr Albers,\n\nOne.\n\nTwo.\n\nMit freundlichen Grüßen\nJörg Feddersen\n';
    const m = parseMessage(text, 'email');
    expect(slice(text, m.signOff)).toBe('Mit freundlichen Grüßen\nJörg Feddersen');
    expect(m.paragraphs).toHaveLength(2);
  });

  it('takes "¡Pura vida!" above the name as a sign-off', () => {
    const text = 'Hello,\n\nOne.\n\nTwo.\n\n¡Pura vida!\nDaniela Solís\n';
    const m = parseMessage(text, 'email');
    expect(slice(text, m.signOff)).toBe('¡Pura vida!\nDaniela Solís');
    expect(m.paragraphs).toHaveLength(2);
  });

  it('reads a name with lowercase particles as the signature', () => {
    const text = 'Dear Sanne,\n\nOne.\n\nTwo.\n\nMet vriendelijke groet,\nJoost van Dijk';
    const m = parseMessage(text, 'email');
    expect(slice(text, m.signOff)).toBe('Met vriendelijke groet,\nJoost van Dijk');
    expect(m.paragraphs).toHaveLength(2);
  });

  it('reads a greeting in words it does not know before a first name', () => {
    const m = parseMessage(
      'Bore da Gethin,\nThank you for Tuesday.\nI can come up on Saturday.\nPob hwyl,\nIwan',
      'email',
    );
    expect(m.greeting?.name).toBe('Gethin');
    expect(parseMessage('Thanks again Gethin,\nSee you soon.', 'email').greeting).toBeNull();
  });

  it("finds a letter's salutation after its addresses and date", () => {
    const text =
      'Mr. Lars Engstrom\nNorrland Pulp & Paper AB\nSundsvall\n14 September 2026\n\nDear Mr. Engstrom,\n\nThank you for Thursday.\n\nYours sincerely,\nEmil';
    const m = parseMessage(text, 'letter');
    expect(m.greeting?.name).toBe('Mr. Engstrom');
    expect(m.norm.slice(m.body.start, m.body.end)).toBe('Thank you for Thursday.');
    // A first line that reads as prose is no header.
    expect(
      parseMessage('I write about Thursday. It went well.\nDear Lars,\nThanks.', 'letter').greeting,
    ).toBeNull();
  });

  it("finds a letter's salutation after a long Indian or Irish header", () => {
    const header = [
      'Meenakshi Raghunathan, ACA',
      '12/4, Bharathi Street',
      'R.S. Puram, Coimbatore - 641002',
      '9th July 2026',
      'To',
      'Mr. R. Venkataraman',
      'Chief Financial Officer',
      'Kaveripatti Spinning Mills Ltd.',
      'Avinashi Road, Coimbatore - 641018',
      'Sub: Interview for the post of Assistant Manager - Internal Audit',
    ].join('\n');
    const m = parseMessage(
      `${header}\nDear Mr. Venkataraman,\nThank you for the interview.\nYours sincerely,\nMeenakshi`,
      'letter',
    );
    expect(m.greeting?.name).toBe('Mr. Venkataraman');
  });

  describe('round 74 forms', () => {
    const body = 'Thank you for the interview on Wednesday.\n\nI run the count for 1,200 items.';
    it.each([
      ["Mālō 'aupito,", 'Sione Latu'],
      ["'Ofa atu,", 'Mele Havili'],
      ['Muchas gracias y que tenga un buen día,', 'Marisol Ybarra'],
    ])('takes %s as a sign-off', (valediction, name) => {
      const m = parseMessage(`Dear Mr. Olivas,\n\n${body}\n\n${valediction}\n${name}\n`, 'email');
      expect(m.signOff?.valediction?.toLowerCase()).toBe(valediction.slice(0, -1).toLowerCase());
      expect(m.paragraphs).toHaveLength(2);
    });
    it('does not take a seven-word last sentence ending in a comma as a sign-off', () => {
      const valediction = 'And I will bring the issue book,';
      const m = parseMessage(`Dear Mr. Olivas,\n\n${body}\n\n${valediction}\nSione Latu\n`, 'email');
      expect(m.signOff?.valediction ?? null).toBeNull();
    });
    it.each([
      ['As-salamu alaykum Brother Ahmed,', 'Brother Ahmed'],
      ["Kamusta po Ma'am Reyes,", "Ma'am Reyes"],
    ])('reads the title in %s', (greeting, name) => {
      expect(parseMessage(`${greeting}\n\n${body}\n\nBest,\nSam`, 'email').greeting?.name).toBe(name);
    });
    it('reads an Indonesian title after a greeting it does not know', () => {
      const m = parseMessage(`Selamat siang Pak Hendra,\n\n${body}\n\nHormat saya,\nDimas`, 'email');
      expect(m.greeting?.name).toBe('Pak Hendra');
    });
  });

  describe('round 75 forms', () => {
    const body = 'Thank you for the interview on Thursday.\n\nI handled 28 rooms.';
    it.each([
      ['Kuzuzangpo la, Madam Dechen,', 'Madam Dechen'],
      ['Zdravstvuyte, Bakyt Asanovich,', 'Bakyt Asanovich'],
      ['Salamatsyzby, Gulnara eje,', 'Gulnara eje'],
    ])('reads the greeting %s', (greeting, name) => {
      const m = parseMessage(`${greeting}\n\n${body}\n\nRakhmat,\nAibek`, 'email');
      expect(m.greeting?.name).toBe(name);
      expect(m.paragraphs).toHaveLength(2);
    });
    it('does not take a closing with a comma before the name for a greeting', () => {
      expect(parseMessage(`Thanks again, Dana,\n\n${body}`, 'email').greeting).toBeNull();
    });
  });

  describe('sign-offs probed before round 76', () => {
    it.each(['Atte.\nJosé Mamani', 'Atentamente:\nIng. José Mamani'])('reads the sign-off %s', (signOff) => {
      const m = parseMessage(
        `Hola José,\n\nThank you for Monday.\n\nI ran 3 tills.\n\n${signOff}\n`,
        'email',
      );
      expect(m.signOff).not.toBeNull();
      expect(m.paragraphs).toHaveLength(2);
    });
  });

  describe('greetings probed before round 76', () => {
    it.each([
      ['Buen día Ing. Mamani,', 'Ing. Mamani'],
      ['Ms. Carter —', 'Ms. Carter'],
      ['Dana -', 'Dana'],
    ])('reads the greeting %s', (greeting, name) => {
      const m = parseMessage(`${greeting}\n\nThank you for Monday.\n\nI ran 3 tills.\n\nBest,\nSam`, 'email');
      expect(m.greeting?.name).toBe(name);
    });
  });

  describe('round 76 forms', () => {
    it.each([
      ['Ia ora na Monsieur Tetuanui,', 'Monsieur Tetuanui'],
      ['Olá, professora Ana Luiza,', 'professora Ana Luiza'],
      ['Olá Ana,', 'Ana'],
    ])('reads the greeting %s', (greeting, name) => {
      const m = parseMessage(`${greeting}\n\nThank you for Monday.\n\nI ran 3 tills.\n\nBest,\nSam`, 'email');
      expect(m.greeting?.name).toBe(name);
    });
    it('still reads no greeting in a word that only starts like one', () => {
      expect(parseMessage('Holanda is where I trained.\n\nThanks,\nSam', 'email').greeting).toBeNull();
    });
  });

  describe('round 77 forms', () => {
    const tail = '\n\nThank you for Monday.\n\nI sorted 1,500 parcels an hour.\n\nBest,\nSam';
    it('reads a Slovak title with its accent', () => {
      expect(parseMessage(`Dobrý deň, pán Horváth,${tail}`, 'email').greeting?.name).toBe('pán Horváth');
    });
    it('reads a title written in lowercase after a greeting it does not know', () => {
      expect(parseMessage(`Dobrý deň, pani Horváthová,${tail}`, 'email').greeting?.name).toBe(
        'pani Horváthová',
      );
    });
    it.each(['Talofa,', 'Kia orana,', 'Mingalaba,'])(
      'takes %s for a greeting that names no one',
      (greeting) => {
        const m = parseMessage(`${greeting}${tail}`, 'email');
        expect(m.greeting).not.toBeNull();
        expect(m.greeting?.name).toBeNull();
      },
    );
  });

  describe('round 78 forms', () => {
    const body = 'Thank you for the interview.\n\nI cleaned 14 to 16 rooms a shift.';
    it.each([
      ['Staray mashay, Naseebullah sahib,', 'Naseebullah sahib'],
      ['Assalomu alaykum Malika opa,', 'Malika opa'],
    ])('reads the greeting %s', (greeting, name) => {
      expect(parseMessage(`${greeting}\n\n${body}\n\nRahmat,\nJasur`, 'email').greeting?.name).toBe(name);
    });
    it.each([
      'Terima kasih banyak,\nMelissa anak Jimbun',
      'Rahmati kalon,\nHurmat bilan,\nShahnoza Tursunova',
    ])('reads the sign-off %s', (signOff) => {
      const m = parseMessage(`Hi Dana,\n\n${body}\n\n${signOff}\n`, 'email');
      expect(m.signOff).not.toBeNull();
      expect(m.paragraphs).toHaveLength(2);
    });
    it.each(['Estimados señores,', 'Sehr geehrte Damen und Herren,'])(
      'takes %s for a greeting that names no one',
      (greeting) => {
        expect(parseMessage(`${greeting}\n\n${body}\n\nBest,\nSam`, 'letter').greeting?.name).toBeNull();
      },
    );
  });

  describe('round 79 forms', () => {
    const body = 'Thank you for the interview.\n\nI cut hiring time from 41 days to 26.';
    it('reads a sign-off we do not know before a name, a title and a phone number', () => {
      const m = parseMessage(
        `Stimată doamnă Pop,\n\n${body}\n\nCu stimă,\nAndrei Mureșan\nHR Specialist\n+40 264 555 0119\n`,
        'email',
      );
      expect(m.signOff?.valediction).toBe('Cu stimă');
      expect(m.paragraphs).toHaveLength(2);
    });
    it('reads two sign-off phrases joined by y', () => {
      const m = parseMessage(
        `Hola Mariana,\n\n${body}\n\n¡Pura vida y muchas gracias!\nAndrés Vargas\n`,
        'email',
      );
      expect(m.signOff).not.toBeNull();
    });
    it.each([
      ['Dobrý den, paní ředitelko Horáková,', 'paní ředitelko Horáková'],
      ['Mālō e lelei,', null],
      ['Gamarjoba,', null],
    ])('reads the greeting %s', (greeting, name) => {
      expect(parseMessage(`${greeting}\n\n${body}\n\nBest,\nSam`, 'email').greeting?.name ?? null).toBe(name);
    });
  });

  describe('round 80 forms', () => {
    const body = 'Thank you for the interview.\n\nI served 4,500 meals a day.';
    it.each([
      ['E nderuar zonja Kraja,', 'zonja Kraja'],
      ['Zdraveyte, g-zho Petrova,', 'g-zho Petrova'],
      ['Tisztelt Szabó Katalin asszony,', 'Szabó Katalin asszony'],
      ['Hörmətli Lalə xanım,', 'Lalə xanım'],
      ['Pozdravljeni, gospa Novak,', 'gospa Novak'],
      ['Beste mevrouw De Smet,', 'mevrouw De Smet'],
      ['Dobrý deň,', null],
      ['Tisztelt Hölgyem/Uram,', null],
    ])('reads the greeting %s', (greeting, name) => {
      expect(
        parseMessage(`${greeting}\n\n${body}\n\nLep pozdrav,\nMatej`, 'email').greeting?.name ?? null,
      ).toBe(name);
    });
    it.each([
      'Gamsahamnida!\nPark Seo-yeon',
      '¡Muchas gracias!\nMartín Ferreyra\nDiseñador gráfico\n+54 351 555 0161',
    ])('reads the sign-off %s', (signOff) => {
      const m = parseMessage(`Hi Jiwoo,\n\n${body}\n\n${signOff}\n`, 'email');
      expect(m.signOff).not.toBeNull();
      expect(m.paragraphs).toHaveLength(2);
    });
  });

  describe('greetings in words no list holds', () => {
    const body = 'Thank you for the interview.\n\nI served 4,500 meals a day.';
    it.each([
      ['Xin chào anh Minh,', 'anh Minh'],
      ['Sain baina uu Bat-Erdene guai,', 'Bat-Erdene'],
      ['Mhoro, Tendai,', 'Tendai'],
      ['Salam alaikum,', null],
    ])('reads the first line %s, alone before a blank line, as the greeting', (greeting, name) => {
      const m = parseMessage(`${greeting}\n\n${body}\n\nBest,\nSam`, 'email');
      expect(m.greeting?.name ?? null).toBe(name);
      expect(m.paragraphs).toHaveLength(2);
    });
    it('reads a weekday in an opening line as no one', () => {
      const m = parseMessage(`Following up on Tuesday,\n\n${body}\n\nBest,\nSam`, 'email');
      expect(m.greeting?.name ?? null).toBeNull();
    });
    it('does not read a closing as a greeting', () => {
      expect(parseMessage(`Thanks again, Dana,\n\n${body}\n\nBest,\nSam`, 'email').greeting).toBeNull();
    });
    it('needs the blank line after it', () => {
      expect(parseMessage(`Xin chào anh Minh,\n${body}\n\nBest,\nSam`, 'email').greeting?.name).not.toBe(
        'Minh',
      );
    });
  });
});
