import { describe, expect, it } from 'vitest';
import { debriefOf, fires } from '../test-support';

const email = (greeting: string, body: string) =>
  `Subject: Thank you\n\n${greeting}\n\n${body}\n\nBest,\nSam Rivera\n`;
const opts = { kind: 'email' } as const;

describe('missing-personalization', () => {
  it.each([
    ['Hi Dana,', 'Thank you for your time.'],
    ['Dear Ms. Achebe,', 'Thank you for your time.'],
    ['Dear Hiring Manager,', 'Thank you for the interview for the Operations Analyst role.'],
    ['Hello,', 'Thank you for meeting me about the role at Northwind Logistics.'],
  ])('is satisfied by a named interviewer, role or company: %s', (greeting, body) => {
    expect(fires('missing-personalization', email(greeting, body), opts)).toBe(false);
  });

  it.each([
    ['Dear Hiring Manager,', 'Thank you for meeting me about the position.'],
    ['Hi there,', 'Thank you for your time yesterday.'],
    ['To whom it may concern,', 'At Bellhaven Distribution I cut costs by 12%.'],
  ])('fires on a generic note: %s', (greeting, body) => {
    expect(fires('missing-personalization', email(greeting, body), opts)).toBe(true);
  });

  it.each([
    ['Hi Dana,', false],
    ['Dear Ms. Whitfield,', false],
    ['Dear Dana Whitfield,', false],
    ['Hi Marcus,', true],
    ['Dear Hiring Committee,', true],
  ])('with a debrief, requires the interviewer’s name: %s', (greeting, isFlagged) => {
    const text = email(greeting, 'Thank you for the Operations Analyst interview at Northwind Logistics.');
    expect(fires('missing-personalization', text, { ...opts, context: debriefOf() })).toBe(isFlagged);
  });

  it('does not apply to call scripts', () => {
    expect(fires('missing-personalization', 'Hello, thank you for your time.', { kind: 'call' })).toBe(false);
  });

  describe('proper nouns that are the writer’s own', () => {
    it('is not satisfied by the writer’s own certificates', () => {
      const text =
        'Subject: Thanks\n\nDear Hiring Manager,\n\nThank you for the tour.\n\nI am keen to join your team, and I can bring my City & Guilds certificates to a second meeting.\n\nRegards,\nGary';
      expect(fires('missing-personalization', text, { kind: 'email' })).toBe(true);
    });

    it('is satisfied by the employer named at the start of a sentence', () => {
      const text =
        'Subject: Thanks\n\nDear Hiring Manager,\n\nThank you for the tour.\n\nHarbor Crest Realty is where I want to build my team.\n\nRegards,\nGary';
      expect(fires('missing-personalization', text, { kind: 'email' })).toBe(false);
    });
  });

  describe('template slots and the writer’s own employer', () => {
    it('is not satisfied by slots and the current employer', () => {
      const text =
        'Subject: Thanks\n\nDear [Hiring Manager Name],\n\nThank you for the [Position Title] role at [Company Name]. In my current role at Fieldcrest Insights I ran a tracker.\n\nBest,\nHarriet';
      expect(fires('missing-personalization', text, { kind: 'email' })).toBe(true);
    });
  });

  describe('names in relation to the job', () => {
    const email = (body: string) => `Subject: Thanks\n\nDear [Hiring Manager],\n\n${body}\n\nBest,\nSam`;
    it('is not satisfied by a past client in a sentence about the team', () => {
      expect(
        fires('missing-personalization', email('I can send the Halcyon case study to the team.'), {
          kind: 'email',
        }),
      ).toBe(true);
    });

    it('is not satisfied by "your time and for the opportunity"', () => {
      const body = 'Thank you for your time and for the opportunity to interview for the <role> position.';
      expect(fires('missing-personalization', email(body), { kind: 'email' })).toBe(true);
    });

    it.each(['I would love to join Harbor Crest.', 'The plans at Fernhill are why I want to join.'])(
      'is satisfied by: %s',
      (body) => {
        expect(fires('missing-personalization', email(body), { kind: 'email' })).toBe(false);
      },
    );
  });

  it('is satisfied by a title and a compound surname from the debrief', () => {
    const context = debriefOf({ interviewer: { name: 'Khalid Al Mansoori' } });
    const text = 'Subject: Thanks\n\nDear Mr. Al Mansoori,\n\nThank you.\n\nBest,\nSam';
    expect(fires('missing-personalization', text, { kind: 'email', context })).toBe(false);
  });

  it('is not satisfied by a tool named in a sentence about a team', () => {
    const text =
      'Subject: Thanks\n\nDear [Hiring Manager],\n\nI built the dashboard in Power BI, which saved the team 20 hours a week.\n\nBest,\nFarah';
    expect(fires('missing-personalization', text, { kind: 'email' })).toBe(true);
  });

  it('keeps a name the writer called their own out of it further on', () => {
    const text =
      'Subject: Thanks\n\nHello,\n\nLast year my Hydrogen Futures summit sold 640 passes.\n\nI would be glad to send your team the plan for Hydrogen Futures.\n\nBest,\nAmy';
    expect(fires('missing-personalization', text, { kind: 'email' })).toBe(true);
  });

  it.each([
    ['Lucía Castañeda', 'Dear Señora Castañeda,'],
    ['Haruto Sato', 'Dear Sato-san,'],
  ])('is satisfied by %s greeted as "%s"', (name, greeting) => {
    const context = debriefOf({ interviewer: { name } });
    const text = `Subject: Thanks\n\n${greeting}\n\nThank you.\n\nBest,\nSam`;
    expect(fires('missing-personalization', text, { kind: 'email', context })).toBe(false);
  });

  it.each([
    [
      'Dear Recruitment Team,',
      'Thank you for the interview. I remain keen on the work of your housing service.',
    ],
    ['Dear Selection Panel,', 'Thank you for your time on Monday.'],
    ['Hello,', 'I am keen to join your QA team and to work on the next release.'],
  ])('fires when only a department or function is named: %s', (greeting, body) => {
    expect(fires('missing-personalization', email(greeting, body), opts)).toBe(true);
  });

  it('is satisfied by a company named in an acronym with its team', () => {
    const text = email('Hello,', 'I am keen to join the KPMG audit team in Leeds.');
    expect(fires('missing-personalization', text, opts)).toBe(false);
  });

  it.each([
    ['Respected Sir/Madam,', 'I am very interested to join your esteemed organisation in the said post.'],
    ['Dear Hiring Manager,', 'It was useful to hear how your company plans to grow its sales to Asia.'],
  ])('fires when only a generic post or a region is named: %s', (greeting, body) => {
    expect(fires('missing-personalization', email(greeting, body), opts)).toBe(true);
  });

  it('is satisfied by a company named in a wish', () => {
    const text = email('Hi [Name],', 'I want to be an irrigation technician with Sandhills Water.');
    expect(fires('missing-personalization', text, opts)).toBe(false);
  });

  it('accepts the given names of a name written family name first', () => {
    const text = email('Dear Wei Ling,', 'Thank you for the Senior Analyst interview.');
    const context = debriefOf({ interviewer: { name: 'Tan Wei Ling' } });
    expect(fires('missing-personalization', text, { ...opts, context })).toBe(false);
  });

  it('fires on a doubled generic greeting', () => {
    expect(
      fires('missing-personalization', email('Dear Madam, Dear Sir,', 'Thank you for your time.'), opts),
    ).toBe(true);
  });

  it('does not take a weekday with a possessive for a name', () => {
    expect(
      fires(
        'missing-personalization',
        email('Dear Hiring Manager,', "Thank you for Thursday's interview."),
        opts,
      ),
    ).toBe(true);
  });

  it('is satisfied by the employer named in a wish, under a template greeting', () => {
    const text = email('Dear [Hiring Manager],', 'I would adore being a Senior Consultant at Wanderlark.');
    expect(fires('missing-personalization', text, opts)).toBe(false);
  });

  describe('round 21: a store opening time is not a vacancy', () => {
    it('fires when the only "opening" is the time a store opens', () => {
      const text =
        'Hello,\n\nThank you for your time and for the chance to interview for the job. At my store the aisles are finished before the 7 am opening on every shift.\n\nKind regards,\nZac';
      expect(fires('missing-personalization', text, { kind: 'email' })).toBe(true);
    });

    it('is satisfied by a named opening', () => {
      const text =
        'Hello,\n\nThank you for your time and for the chance to interview for the Night Replenishment opening.\n\nKind regards,\nZac';
      expect(fires('missing-personalization', text, { kind: 'email' })).toBe(false);
    });
  });

  describe("round 23: the writer's own workplace", () => {
    it('fires when the only name is where the writer did the work', () => {
      const text =
        'Hello,\n\nThank you for the interview. On your question about delays, at Grantley Care I set up a daily huddle, and delays fell from 38 to 15.\n\nRegards,\nSera';
      expect(fires('missing-personalization', text, { kind: 'email' })).toBe(true);
    });
  });

  describe('round 28 look-alikes', () => {
    it('does not take praise or job titles for names', () => {
      const generic =
        'Dear Sir/Madam,\n\nThank you for the interview. It was a good opportunity to learn about your organisation. I can talk it through with the GPs.\n\nYours faithfully,\nVenkatesh Rao';
      expect(fires('missing-personalization', generic, { kind: 'letter' })).toBe(true);
    });
  });

  describe('round 31 forms', () => {
    it('reads "Dear Practice Manager" as a greeting that names no one', () => {
      const text =
        'Dear Practice Manager,\n\nThank you for interviewing me for the vacancy at your surgery. I booked 400 appointments a day.\n\nYours faithfully,\nPatricia Danvers';
      expect(fires('missing-personalization', text, { kind: 'letter' })).toBe(true);
    });
  });

  describe('round 37 forms', () => {
    it("flags 'Dear Sir/Ma'am' in a letter that names neither role nor employer", () => {
      const text =
        "Dear Sir/Ma'am,\n\nThank you for the interview last Monday. I cut double bookings from 9 a month to 1.\n\nVery truly yours,\nCristina Lumapas";
      expect(fires('missing-personalization', text, { kind: 'letter' })).toBe(true);
    });
  });

  describe('round 38 forms', () => {
    it("flags Nigeria's 'Dear Sir/Ma' in a letter that names neither role nor employer", () => {
      const text =
        'Dear Sir/Ma,\n\nThank you for the interview on Friday. Our shrinkage dropped from 380,000 to 95,000 a month.\n\nYours faithfully,\nNgozi Ibekwe';
      expect(fires('missing-personalization', text, { kind: 'letter' })).toBe(true);
    });
  });

  describe('round 40 forms', () => {
    it("does not take the 'Ma' of 'Ma'am' for an interviewer named Ma. Cristina", () => {
      const text =
        "Subject: Documentation Assistant - thank you\n\nDear Ma'am,\n\nThank you for the interview. I prepared 1,100 bills of lading.\n\nSincerely,\nJericho";
      const context = debriefOf({ interviewer: { name: 'Ma. Cristina Villaraza' } });
      expect(fires('missing-personalization', text, { kind: 'email', context })).toBe(true);
    });
  });

  describe('round 41 forms', () => {
    it("reads 'Dear Sergeant Ferrier' as naming the interviewer", () => {
      const text =
        'Subject: Thank you\n\nDear Sergeant Ferrier,\n\nThank you for the interview. I located 37 callers.\n\nBest regards,\nMorgan';
      const context = debriefOf({ interviewer: { name: 'Ian Ferrier' } });
      expect(fires('missing-personalization', text, { kind: 'email', context })).toBe(false);
    });
  });

  describe('round 43 forms', () => {
    it("does not take places of the writer's own job as naming the employer", () => {
      const text =
        'To whom it may concern,\n\nThank you for the interview for the position I applied for.\n\nIn my current job I have guided 350 groups to Tsavo East and Haller Park.\n\nYours faithfully,\nHamisi';
      expect(fires('missing-personalization', text, { kind: 'letter' })).toBe(true);
    });
    it('still reads a wish to join a named employer', () => {
      const text =
        'To whom it may concern,\n\nThank you for the interview. In my current job I guided 350 groups, and I want to bring that to Coastline Safaris.\n\nYours faithfully,\nHamisi';
      expect(fires('missing-personalization', text, { kind: 'letter' })).toBe(false);
    });
  });

  describe('round 46 forms', () => {
    it('does not take a past client after "your question" as naming the employer', () => {
      const text =
        'Subject: Thank you\n\nDear [Hiring Manager],\n\nThank you for the interview. On your question about campaign results: my launch copy for the Fernhill Brewing range drove 4,200 preorders.\n\nBest regards,\nJesse';
      expect(fires('missing-personalization', text, opts)).toBe(true);
    });
  });

  describe('round 49 forms', () => {
    it('does not take "a management position" as naming the role', () => {
      const text =
        'Dear Hiring Team,\n\nThank you for the interview. I kept our rating at 4.9 and I am keen to join your team and to grow into a management position.\n\nYours faithfully,\nPrecious';
      expect(fires('missing-personalization', text, { kind: 'letter' })).toBe(true);
    });
    it('still takes "a Lettings Negotiator role" as naming one', () => {
      const text =
        'Dear Hiring Team,\n\nThank you for the interview for a Lettings Negotiator role. I let 58 properties.\n\nYours faithfully,\nRebecca';
      expect(fires('missing-personalization', text, { kind: 'letter' })).toBe(false);
    });
  });

  describe('round 55 forms, formal titles', () => {
    it.each([
      ['Dear Monsignor Bellandi,', 'Lorenzo Bellandi'],
      ['Respected Shri Iyer,', 'Venkatesh Iyer'],
      ['Dear Commissioner Halvorsen,', 'Sigrid Halvorsen'],
    ])('takes %s as naming %s', (greeting, name) => {
      const text = `${greeting}\n\nThank you for the interview on Tuesday. I catalogued 9,400 registers.\n\nYours faithfully,\nChiara`;
      const context = debriefOf({ interviewer: { name } });
      expect(fires('missing-personalization', text, { kind: 'letter', context })).toBe(false);
    });
    it('still wants the interviewer when only a title of another person is there', () => {
      const text =
        'Dear Monsignor Rossi,\n\nThank you for Tuesday. I catalogued 9,400 registers.\n\nYours faithfully,\nChiara';
      const context = debriefOf({ interviewer: { name: 'Lorenzo Bellandi' } });
      expect(fires('missing-personalization', text, { kind: 'letter', context })).toBe(true);
    });
  });

  describe('round 63 forms', () => {
    it("takes the Setswana 'Mma' before a surname as a title", () => {
      const text =
        'Dumela Mma Sebina,\n\nThank you for Tuesday. I cut shrinkage from 3.1% to 1.4%.\n\nKe a leboga,\nKabo';
      const context = debriefOf({ interviewer: { name: 'Boitumelo Sebina' } });
      expect(fires('missing-personalization', text, { kind: 'letter', context })).toBe(false);
    });
  });

  describe('round 66 forms', () => {
    it.each([
      ["Dear 'M'e Mokoena,", 'Palesa Mokoena'],
      ['Dear Bi. Neema Mushi,', 'Neema Mushi'],
    ])('takes %s as naming %s', (greeting, name) => {
      const text = `${greeting}\n\nThank you for Tuesday. I served 74 clients a day.\n\nKea leboha,\nNthabiseng`;
      const context = debriefOf({ interviewer: { name } });
      expect(fires('missing-personalization', text, { kind: 'letter', context })).toBe(false);
    });
  });

  describe('round 68 forms', () => {
    it("takes 'Olá Dra. Figueiredo,' as naming the interviewer", () => {
      const text =
        'Olá Dra. Figueiredo,\n\nThank you for Tuesday. Dispensing errors fell from 14 to 3.\n\nAtenciosamente,\nLucas';
      const context = debriefOf({ interviewer: { name: 'Renata Figueiredo' } });
      expect(fires('missing-personalization', text, { kind: 'letter', context })).toBe(false);
    });
  });

  describe('round 69 forms', () => {
    it('takes the role joined as as naming the role', () => {
      const text =
        'Dear [Interviewer Name],\n\nThank you for Thursday. I would be glad to join your office as Payroll Clerk. I ran payroll for 85.\n\nSincerely,\nJolene';
      expect(fires('missing-personalization', text, { kind: 'letter' })).toBe(false);
    });
    it("takes 'Dott.ssa Conti' as naming the interviewer", () => {
      const text =
        'Dear Dott.ssa Conti,\n\nThank you for Wednesday. I planned 260 trips.\n\nCordiali saluti,\nChiara';
      const context = debriefOf({ interviewer: { name: 'Elena Conti' } });
      expect(fires('missing-personalization', text, { kind: 'letter', context })).toBe(false);
    });
  });

  describe('round 75 forms', () => {
    const context = debriefOf({ interviewer: { name: 'Agnieszka Wróblewska' } });
    it('takes the Polish vocative of the first name as naming the interviewer', () => {
      const text =
        'Dzień dobry Pani Agnieszko,\n\nThank you for Friday. Stoppages fell from 11 to 3.\n\nZ poważaniem,\nMarek';
      expect(fires('missing-personalization', text, { kind: 'email', context })).toBe(false);
    });
    it('still wants the interviewer named', () => {
      const text =
        'Dzień dobry,\n\nThank you for Friday. Stoppages fell from 11 to 3.\n\nZ poważaniem,\nMarek';
      expect(fires('missing-personalization', text, { kind: 'email', context })).toBe(true);
    });
  });

  describe('round 76 forms', () => {
    it.each([
      'Dear [Interviewer Name],\n\nIt was a pleasure to meet you this morning at Cerámicas Turia. I cut the close from 10 days to 6.\n\nUn saludo,\nJavier',
      'Dear [Interviewer Name],\n\nThank you. I am keen to join your finance team as Finance Assistant. I cut the close from 10 days to 6.\n\nUn saludo,\nJavier',
    ])('takes the employer or role named in %s', (text) => {
      expect(fires('missing-personalization', text, { kind: 'email' })).toBe(false);
    });
    it('does not take a currency before its amount as a name', () => {
      const text =
        'Good morning,\n\nThank you for the tour. I am keen to join your team. I brought the suspense account from LKR 38 million to LKR 4 million.\n\nThanks,\nNimali';
      expect(fires('missing-personalization', text, { kind: 'email' })).toBe(true);
    });
    it('takes a Romanian title before the surname as naming the interviewer', () => {
      const text =
        'Stimată doamnă Mureșan,\n\nThank you for Wednesday. I manage 540 contracts.\n\nCu stimă,\nAndrei';
      const context = debriefOf({ interviewer: { name: 'Ioana Mureșan' } });
      expect(fires('missing-personalization', text, { kind: 'letter', context })).toBe(false);
    });
    it("does not take a rival's offer as naming the employer", () => {
      const text =
        'Hello,\n\nThank you for the interview. I cut shelf gaps from 40 to 6. Another store in Delap has already offered me a job.\n\nRegards,\nAlson';
      expect(fires('missing-personalization', text, { kind: 'email' })).toBe(true);
    });
  });

  describe('round 77 forms', () => {
    it('takes the paternal surname alone after a title as naming the interviewer', () => {
      const text =
        'Estimada señora Oyarzún,\n\nThank you for Tuesday. Turnaround went from 42 to 28.\n\nSaludos,\nCamila';
      const context = debriefOf({ interviewer: { name: 'Marisol Oyarzún Vidal' } });
      expect(fires('missing-personalization', text, { kind: 'email', context })).toBe(false);
    });
    it.each([
      ['Longyearbyen is where I want to live.', true],
      ['Harbor Crest is where I want to work.', false],
    ])('reads %s', (sentence, isFlagged) => {
      const text = `To whom it may concern,\n\nThank you for your time. I cleaned 16 rooms a shift. ${sentence}\n\nYours faithfully,\nNattaya`;
      expect(fires('missing-personalization', text, { kind: 'letter' })).toBe(isFlagged);
    });
  });

  describe('round 78 forms', () => {
    it("takes Portuguese 'Dr.ª' before the surname as naming the interviewer", () => {
      const text =
        'Bom dia, Dr.ª Quintela,\n\nThank you for Monday. Uncollected scripts fell from 31 to 9.\n\nCumprimentos,\nRui';
      const context = debriefOf({ interviewer: { name: 'Helena Quintela' } });
      expect(fires('missing-personalization', text, { kind: 'email', context })).toBe(false);
    });
    it("takes 'Estimados señores' for a greeting that names no one", () => {
      const text =
        'Estimados señores,\n\nThank you for Friday. I ran calving for 600 cows and want to work on your land.\n\nAtentamente,\nWalter';
      expect(fires('missing-personalization', text, { kind: 'letter' })).toBe(true);
    });
  });

  describe('round 80 forms', () => {
    it("takes Albanian 'zonja' before the surname as naming the interviewer", () => {
      const text =
        'E nderuar zonja Gjoka,\n\nThank you for Monday. I sold 1,200 phones.\n\nMe respekt,\nBesnik';
      const context = debriefOf({ interviewer: { name: 'Drita Gjoka' } });
      expect(fires('missing-personalization', text, { kind: 'email', context })).toBe(false);
    });
  });
});
