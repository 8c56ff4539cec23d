import { describe, expect, it } from 'vitest';
import { fires } from '../test-support';

describe('pushy', () => {
  it.each([
    'I need your decision by Friday.',
    'I deserve a clear answer.',
    'I have another offer on the table.',
    'I will keep following up until I hear back.',
    'I expect to hear back by Monday.',
    'Please let me know by Wednesday.',
    'If I don’t hear from you by then, I will move on.',
    'I will call every day this week.',
    'I would appreciate a decision by the end of the week.',
    'I am writing to check whether you have made a decision yet, since I need an answer soon.',
    'Have you decided yet?',
    'I need a decision quickly.',
    'When can I expect an offer?',
    'I cannot wait much longer for an answer.',
    'Please decide as soon as possible.',
    'I do need to know by Thursday, so can you give me a decision by then?',
  ])('flags pressure or entitlement: %s', (text) => {
    expect(fires('pushy', text)).toBe(true);
  });

  it.each([
    'I look forward to hearing from you.',
    'I hope to hear from you soon.',
    'I have accepted another offer, so I am withdrawing my application.',
    'I would be glad to answer any questions while you decide.',
    'I am confident I can help the team hit its targets.',
    'I know you are still making a decision, and I am glad to help with anything you need.',
    'I needed an answer to the supplier question quickly, so I built a tracker.',
    'I can’t wait to start on the backlog.',
  ])('does not flag courtesy or a withdrawal: %s', (text) => {
    expect(fires('pushy', text)).toBe(false);
  });

  it.each([
    'As I have other interviews lined up, I need to know where I stand by the end of this week.',
    'I have two other interviews scheduled, so please decide soon.',
    'I need to know your decision by Friday.',
    'I have to hear back from you within two days.',
    'Several companies are interested in me.',
  ])('flags other interviews as leverage and a deadline for an answer: %s', (text) => {
    expect(fires('pushy', text)).toBe(true);
  });

  it.each([
    'I look forward to hearing from you.',
    'I need to know more about the team before I start, so I read your report.',
    'I interviewed dozens of candidates for other roles last year.',
  ])('leaves a calm wish to hear back alone: %s', (text) => {
    expect(fires('pushy', text)).toBe(false);
  });

  it.each([
    "I have another interview on Thursday, so I'd appreciate an answer by Wednesday.",
    'With other interviews lined up, I need a decision soon.',
    "I'm in final rounds elsewhere, so please let me know by Monday.",
  ])('flags another interview or final rounds used to set a deadline: %s', (text) => {
    expect(fires('pushy', text)).toBe(true);
  });

  describe('entitlement in formal register', () => {
    it.each([
      'I believe I have earned a place in the final round.',
      'I expect the courtesy of a decision within the week.',
    ])('flags: %s', (text) => {
      expect(fires('pushy', text)).toBe(true);
    });

    it('does not flag a result the team earned', () => {
      expect(fires('pushy', 'Our crew earned a safety award in 2024.')).toBe(false);
    });
  });

  describe('deadlines and chasing in other words', () => {
    it.each([
      'Please confirm by noon on Thursday whether I am through.',
      "I'll keep ringing every few days until I hear where I stand.",
      'I will call every Friday until I have your decision.',
    ])('flags: %s', (text) => {
      expect(fires('pushy', text)).toBe(true);
    });

    it('does not flag an offer with a date', () => {
      expect(fires('pushy', 'I can send the samples by Thursday if that helps.')).toBe(false);
    });
  });

  it('flags a hedged deadline and a rival offer', () => {
    const text = 'I kind of need to know by Friday, because another shop has offered me a manager spot.';
    expect(fires('pushy', text)).toBe(true);
  });

  describe('whose pressure it is', () => {
    it('does not flag what the clients expect', () => {
      expect(
        fires('pushy', 'Your clients expect a reply within the hour, and I kept to that for 1,400 entries.'),
      ).toBe(false);
    });

    it.each([
      'If I have not heard from you by 15 July, I will accept it.',
      'I have been offered a similar post elsewhere.',
    ])('flags: %s', (text) => {
      expect(fires('pushy', text)).toBe(true);
    });
  });

  describe('rival offers with a date', () => {
    it.each([
      'I kind of need to know by the 20th, because another cruise line offered me a contract.',
      'I have an offer from another company, and unless you can match it by Friday I will accept theirs.',
    ])('flags: %s', (text) => {
      expect(fires('pushy', text)).toBe(true);
    });

    it('does not flag an offer already accepted, in a withdrawal', () => {
      const text = 'I have accepted an offer from another company, so I am withdrawing.';
      expect(fires('pushy', text, { purpose: 'withdraw' })).toBe(false);
    });
  });

  it('flags a decision demanded "from you by Friday"', () => {
    expect(fires('pushy', 'So I need a decision from you by Friday.')).toBe(true);
  });

  it('flags a decision demanded from the company by name', () => {
    expect(fires('pushy', 'I need a decision from Penny Bridge by Monday or I will accept it.')).toBe(true);
  });

  describe('round 10 pressure', () => {
    it.each([
      "I'll give you a ring every couple of days till I hear something.",
      "I'll stop by the yard every week till you make up your minds.",
      'If I have not received an offer by Friday, I will assume you have decided against me.',
      'I look forward to your decision by Tuesday at the latest.',
    ])('flags: %s', (text) => {
      expect(fires('pushy', text)).toBe(true);
    });

    it.each([
      'You asked how I handle candidates who receive competing offers.',
      'I can start on 3 March at the latest.',
      'I know the panel will make a decision by Friday.',
    ])('does not flag: %s', (text) => {
      expect(fires('pushy', text)).toBe(false);
    });
  });

  it('flags an offer from a rival firm', () => {
    expect(fires('pushy', 'I have an offer from another firm, so time is short.')).toBe(true);
  });

  it('does not flag the reader’s own timetable, reported', () => {
    expect(fires('pushy', 'You mentioned you would decide by Friday, which suits me.')).toBe(false);
    expect(fires('pushy', 'Please let me know your decision by Monday.')).toBe(true);
  });

  it.each([
    "I'll be ringing every couple of days until I hear where things stand.",
    'I have earned this post, and I expect the panel to confirm my appointment by Friday.',
  ])('flags: %s', (text) => {
    expect(fires('pushy', text)).toBe(true);
  });

  it.each([
    'I have been offered a post by another provider, so I would be grateful for your decision before then.',
  ])('flags: %s', (text) => {
    expect(fires('pushy', text)).toBe(true);
  });

  it('does not flag the writer answering quickly as a habit', () => {
    expect(fires('pushy', 'Clients appreciate that I answer quickly.')).toBe(false);
    expect(fires('pushy', 'Please answer quickly.')).toBe(true);
  });

  describe('round 18: pressure as a business timeline', () => {
    it.each([
      'For planning purposes, I am holding an offer from another network operator that lapses on 20 November.',
      "I will need the panel's decision before that date.",
    ])('flags: %s', (text) => {
      expect(fires('pushy', text)).toBe(true);
    });

    it('does not flag an offer the writer made to a client', () => {
      expect(fires('pushy', 'I negotiated an offer with our supplier that saved 12%.')).toBe(false);
    });
  });

  describe('round 24 forms', () => {
    it('flags demanding a yes or no by a date', () => {
      expect(
        fires('pushy', "I've had another offer, so I'll need a yes or no from you by Friday.", {
          kind: 'email',
        }),
      ).toBe(true);
    });
  });

  describe('round 28: pressure said sideways', () => {
    it.each([
      'I have a couple of other irons in the fire, so sooner is better for me.',
      "As I have some decisions of my own to make, I'd need to know where I stand by the end of the week.",
      'Another agency has put an offer in front of me, so it would help to hear something from you by Monday.',
      "I'll check in with you on Monday if I haven't heard anything, and again the week after.",
    ])('flags %s', (text) => {
      expect(fires('pushy', text, { kind: 'email' })).toBe(true);
    });
    it("does not flag a placed candidate's other offers", () => {
      const text = 'Our preferred candidate held two other offers, so I mapped her priorities early.';
      expect(fires('pushy', text, { kind: 'email' })).toBe(false);
    });
  });

  describe('round 29: formal pressure', () => {
    it('flags a decision to be intimated by a date, failing which another offer is accepted', () => {
      const text =
        'I request you to kindly intimate your decision latest by 20th November, failing which I shall be constrained to accept the offer I presently hold from another hotel.';
      expect(fires('pushy', text, { kind: 'letter' })).toBe(true);
    });
  });

  describe('round 30 forms', () => {
    it('flags ringing every day until someone answers', () => {
      const text =
        "I'll be ringing again on Monday, and every day after that until someone gives me an answer.";
      expect(fires('pushy', text)).toBe(true);
    });
  });

  describe('round 34 forms', () => {
    it('flags calling every day this week until somebody answers', () => {
      const text = "I'm going to call the office every day this week until somebody gives me a yes or no.";
      expect(fires('pushy', text)).toBe(true);
    });
  });

  describe('round 35 forms', () => {
    it.each([
      'With that record, I am entitled to be at the top of your list.',
      'I shall expect an offer letter by 30 May.',
    ])('flags %s', (text) => {
      expect(fires('pushy', text, { kind: 'letter' })).toBe(true);
    });
  });

  describe('round 39 forms', () => {
    it('flags calling every Monday until the panel answers', () => {
      const text = "I'll be calling your office every Monday until the panel gives me an answer.";
      expect(fires('pushy', text)).toBe(true);
    });
  });

  describe('round 40 forms', () => {
    it("flags asking for the panel's decision by a day", () => {
      const text = "Kindly communicate the panel's decision to me by Thursday at 5 p.m.";
      expect(fires('pushy', text, { kind: 'letter' })).toBe(true);
    });
  });

  describe('round 43 forms', () => {
    it.each(["I've an offer from another store in the city.", "I'd need a yes or no from you by Tuesday."])(
      'flags %s',
      (text) => {
        expect(fires('pushy', text)).toBe(true);
      },
    );
    it("does not flag needing an answer to a question of the writer's own", () => {
      expect(fires('pushy', "I'd need a day's notice to swap my 3 shifts.")).toBe(false);
    });
  });

  describe('round 44 forms', () => {
    it.each([
      "I want this job, so I'd like a yes or no from you by Monday.",
      "If I don't hear back, I'll be calling again every couple of days until I do.",
    ])('flags %s', (text) => {
      expect(fires('pushy', text, { kind: 'call' })).toBe(true);
    });
    it('does not flag liking the chance to talk by Monday', () => {
      expect(
        fires('pushy', "I'd like a chance to walk you through the 6 assays by Monday if that suits."),
      ).toBe(false);
    });
  });

  describe('round 51 forms', () => {
    it('flags phoning every day until the writer knows where they stand', () => {
      const text =
        'I will phone the school office on Monday and every day after that until I know where I stand.';
      expect(fires('pushy', text)).toBe(true);
    });
    it('does not flag practising every day until the writer knows the tables', () => {
      expect(fires('pushy', 'My pupils practised for 10 minutes every day until they knew them.')).toBe(
        false,
      );
    });
  });

  describe('round 57 forms', () => {
    it.each([
      'A hospital in Riyadh has offered me a consultant post, so unless you can make me an offer by Thursday I will accept theirs.',
      'The Commission has made me an offer and I must give them my answer on Monday.',
    ])('flags %s', (text) => {
      expect(fires('pushy', text)).toBe(true);
    });
  });

  describe('round 69 forms', () => {
    it('flags a demand for the offer details by a day', () => {
      const text = 'Please confirm the final round date today and send me your offer details by Friday.';
      expect(fires('pushy', text)).toBe(true);
    });
  });

  describe('round 78 forms', () => {
    it.each([
      "I've more years on a roof than any of the lads you're seeing, so the job is mine by rights.",
      "I have a start on offer in Ballincollig, so give me an answer within 48 hours or I'll take it.",
    ])('flags %s', (text) => {
      expect(fires('pushy', text)).toBe(true);
    });
    it('does not flag an offer to give an answer', () => {
      expect(fires('pushy', 'If you give me a minute I can take it from the top of the list.')).toBe(false);
    });
  });

  describe('round 80 forms', () => {
    it.each([
      'A flight kitchen has put a contract on the table. Match it or beat it by Sunday, or I sign with them.',
      "If I don't have your offer in writing by noon tomorrow, I'll take the better of those two.",
    ])('flags %s', (text) => {
      expect(fires('pushy', text)).toBe(true);
    });
  });
});
