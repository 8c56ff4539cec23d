import { describe, expect, it } from 'vitest';
import { fires } from '../test-support';

describe('missing-next-step', () => {
  it.each([
    'I would be glad to walk you through the model.',
    'I can send a one-page summary this afternoon.',
    'I would welcome the chance to discuss it further.',
    'Please let me know if you have any questions.',
    'Would it help if I came in to show you?',
    'I am available for a follow-up call.',
    'Happy to share the tracker if that is useful.',
    'Happy to send the drawings over this week.',
    'I would welcome a conversation about the reporting work.',
    'I would be happy to email you the supplier map after this call.',
    'Glad to walk you through the numbers.',
    'I am keen on the role and can send over the checklist today.',
    "Let me know if you'd like to see the full reel.",
    "I'd love to show you the prototype.",
    'I can bring the portfolio to a second interview.',
    'Feel free to reach out with any questions.',
    'Super excited about the team, and happy to pair on a prototype next week.',
    'I am very interested and would love to send the full reel or present it again.',
    'I would love to come back for another trial shift.',
    'I am happy to complete a short practical test.',
    'If you would like, I can put together a short plan.',
    "I'll send the deck over tomorrow morning.",
    'I can be reached at 555-0100 any afternoon.',
    'Shall I send over the deck?',
    'The full report is attached.',
    "I've put the case study in a shared folder for you.",
    'Here is a link to the dashboard I mentioned.',
    'I would enjoy the chance to talk more about the rollout.',
    'Should you need more, please ask.',
    'I hope we can continue the conversation soon.',
  ])('is satisfied by a call to action: %s', (text) => {
    expect(fires('missing-next-step', text)).toBe(false);
  });

  it.each([
    'I look forward to hearing from you.',
    'I hope to hear from you soon.',
    'Thank you again for your time.',
    'I was glad to hear about the new warehouse.',
    'I am happy to report that the launch went well.',
    'I would be happy to join the team.',
    'I was so pleased to meet the whole team.',
    'I am excited to learn more about your plans.',
  ])('fires on a polite close alone: %s', (text) => {
    expect(fires('missing-next-step', text)).toBe(true);
  });

  it('counts a feedback request as the next step of a reply to a rejection', () => {
    const text = 'Thank you for letting me know. Any feedback on my application would help.';
    expect(fires('missing-next-step', text, { purpose: 'feedback' })).toBe(false);
    expect(fires('missing-next-step', text, { purpose: 'recovery' })).toBe(true);
  });

  it('does not apply to a withdrawal', () => {
    expect(fires('missing-next-step', 'I am withdrawing my application.', { purpose: 'withdraw' })).toBe(
      false,
    );
  });

  it.each([
    'Could I send you the booking template?',
    'Could I send you the booking template, or answer any questions you have now?',
    'I would be glad to do the role-play again or share my call reviews.',
    'I would love to put together a sample content calendar for your spring launch!',
    'Happy to do a short trial shift.',
    'I can bring a printed copy of the plan.',
    'I can drop the checklist round to the yard this week.',
    'I can come out to the farm any day this week.',
    'I can start a trial week whenever suits you.',
    'I’m happy to bring the tracking sheet along whenever is convenient.',
    'Would it suit if I took a training session next week?',
    'I can take any further questions on a call before then.',
    'Happy to talk it over by phone.',
    'I’m free for a final-round call on Thursday morning.',
  ])('is satisfied by an offer in other words: %s', (text) => {
    expect(fires('missing-next-step', text)).toBe(false);
  });

  it.each([
    'I can bring real energy to your moderators. I look forward to hearing from you.',
    'I can bring ten years of experience to the team.',
    "I'd love to do the job. I look forward to hearing from you.",
    "I'm ready to go. I look forward to hearing from you.",
  ])('is not satisfied by a claim about oneself: %s', (text) => {
    expect(fires('missing-next-step', text)).toBe(true);
  });

  it.each([
    'Can I send you the template?',
    'Might I send over the plan?',
    'Want me to send the files?',
    'I would be happy to pull together the numbers.',
  ])('is satisfied by an offer phrased as a question: %s', (text) => {
    expect(fires('missing-next-step', text)).toBe(false);
  });

  it.each([
    'I am ready to hit the ground running.',
    'I would be happy to start as soon as possible.',
    'I can bring fresh ideas and strong leadership.',
  ])('is not satisfied by eagerness to start: %s', (text) => {
    expect(fires('missing-next-step', text)).toBe(true);
  });

  describe('offers in other registers', () => {
    it.each([
      'Can send the load tests or walk through them on a call.',
      'Happy to bring my site diaries in next week.',
      'I remain at your disposal for a practical assessment.',
      'If anything else is needed, kindly inform me.',
      'I am attaching the maintenance log for your reference.',
      'I would gladly return to finish the exercise.',
      "If you have twenty minutes, I'd love to sit down with you and go over the numbers.",
    ])('is satisfied by: %s', (text) => {
      expect(fires('missing-next-step', text)).toBe(false);
    });

    it.each([
      'I would gladly accept an offer.',
      'I can bring calm to a busy floor.',
      'I look forward to hearing from you at your convenience.',
    ])('is not satisfied by a claim or a polite close: %s', (text) => {
      expect(fires('missing-next-step', text)).toBe(true);
    });
  });

  describe('offers to bring, do or try something', () => {
    it.each([
      'I can bring a tray of the spring range for you to taste.',
      'I can bring my site diaries over one morning.',
      'I could run a demo lesson with one of your groups this weekend.',
      'Shall I mock up a sample report for one of your accounts?',
      'Could I come back for a half-day on the bench?',
      "I'd welcome the chance to sit in on one of your ward rounds.",
    ])('is satisfied by: %s', (text) => {
      expect(fires('missing-next-step', text)).toBe(false);
    });

    it.each([
      "I'd love to bring my skills to your workroom.",
      'I can bring ten years of experience to the team.',
      'Could I ask when you expect to decide?',
      "I'd welcome the chance to join your team.",
    ])('is not satisfied by interest or a question about the decision: %s', (text) => {
      expect(fires('missing-next-step', text)).toBe(true);
    });
  });

  describe('polite closes and continued offers', () => {
    it('is not satisfied by "I look forward to hearing about the next steps"', () => {
      expect(fires('missing-next-step', 'I look forward to hearing about the next steps.')).toBe(true);
    });

    it('is not satisfied by wanting to run the counter', () => {
      expect(fires('missing-next-step', "I'd really like to run the counter at Hollis Butchers.")).toBe(true);
    });

    it.each([
      'I would be glad to bring in photographs of the chairs.',
      'I can send the report, or to come back for a day if that suits.',
    ])('is satisfied by: %s', (text) => {
      expect(fires('missing-next-step', text)).toBe(false);
    });
  });

  it.each([
    'I can do the paid test file you mentioned this week.',
    'I can bring my driver card printouts to show you.',
    'Happy to do an assessment drive with your trainer.',
  ])('is satisfied by: %s', (text) => {
    expect(fires('missing-next-step', text)).toBe(false);
  });

  describe('a trial offered, and a process that is no offer', () => {
    it('is satisfied by "I can mix a support act as a trial, or send you recordings"', () => {
      const text = 'I can mix a support act on a quiet night as a trial, or send you multitrack recordings.';
      expect(fires('missing-next-step', text)).toBe(false);
    });

    it('is not satisfied by a follow-up call the writer added to a clinic process', () => {
      const text =
        'After I added a follow-up call at two weeks, returns fell. I look forward to hearing from you.';
      expect(fires('missing-next-step', text)).toBe(true);
    });
  });

  it('is satisfied by being available for a trial day', () => {
    expect(fires('missing-next-step', 'I am available for a trial day any time next week.')).toBe(false);
  });

  it('is satisfied by flying a test survey and sending the model', () => {
    expect(
      fires('missing-next-step', 'I can fly a test survey of your yard this week and send you the model.'),
    ).toBe(false);
  });

  describe('bringing the proof, a shift with the team', () => {
    it.each([
      'I can bring my knives and cut a side of pork for you.',
      "I'll bring my cupping records to Leeds.",
      'I can bring a crate of our cider for your staff to taste.',
      'I will bring my certificates and audit reports to the depot any morning.',
      'I could work a full Sunday shift with your crew.',
      "I'll come out with my own rig so you can watch me work.",
    ])('finds the next step in: %s', (text) => {
      expect(fires('missing-next-step', text)).toBe(false);
    });

    it.each([
      'Thank you for letting me run the trial session on Friday.',
      'I can bring fresh ideas and real energy to the team.',
      'I would bring the same care to your customers that I gave mine.',
    ])('finds none in: %s', (text) => {
      expect(fires('missing-next-step', text)).toBe(true);
    });
  });

  describe('offers in everyday words', () => {
    it.each([
      'If you want, I can pop the figures over tomorrow.',
      'I can get you the references by Friday.',
      "I'm free to come back in any day next week.",
      "Let me know a good time and I'll ring you.",
      'Would a sample lesson be useful?',
      'My references are ready whenever you need them.',
    ])('finds the next step in: %s', (text) => {
      expect(fires('missing-next-step', text)).toBe(false);
    });

    it.each([
      'I await your decision with interest.',
      'Thanks again, and all the best with the other interviews.',
    ])('finds none in: %s', (text) => {
      expect(fires('missing-next-step', text)).toBe(true);
    });
  });

  describe('round 12 forms', () => {
    it.each([
      "I'd be glad to go out on a route with one of your drivers.",
      'I can record a fresh version of the pitch and send it over this week.',
    ])('finds the next step in: %s', (text) => {
      expect(fires('missing-next-step', text)).toBe(false);
    });

    it.each([
      'The role is the right next step in my career. I look forward to hearing about the next stage.',
      'I wish I had had more time to show you how I work.',
    ])('finds none in: %s', (text) => {
      expect(fires('missing-next-step', text)).toBe(true);
    });
  });

  it.each([
    'I remain available for any clarification.',
    "I'll be in touch next week to see if there's anything else you need.",
  ])('finds an offer of help in: %s', (text) => {
    expect(fires('missing-next-step', text)).toBe(false);
  });

  it('finds none in a wish to stay in touch', () => {
    expect(fires('missing-next-step', "Let's stay in touch.")).toBe(true);
  });

  it.each([
    'I can bring the two studies and measure one of your parts as a practical test.',
    'I am free for another half-day working interview next week.',
  ])('finds the next step in: %s', (text) => {
    expect(fires('missing-next-step', text)).toBe(false);
  });

  it('finds none in a wish to care for the reader’s instruments', () => {
    const text =
      'I would be delighted to care for your pianos as Head Technician. I look forward to hearing from you.';
    expect(fires('missing-next-step', text)).toBe(true);
  });

  describe('lively offers', () => {
    it.each([
      "Say the word and I'll bake you a batch.",
      "Name the day and I'm there with my knives.",
      "I'm game for a trial shift whenever.",
      "If a test shoot would help, I'm in.",
      "Want the full deck? It's yours.",
    ])('finds the next step in: %s', (text) => {
      expect(fires('missing-next-step', text)).toBe(false);
    });

    it('finds none in a game the writer played', () => {
      expect(fires('missing-next-step', 'I was game for anything at my last job, and I want the role.')).toBe(
        true,
      );
    });
  });

  it.each(['If useful, I can bring anonymised case notes, or spend a morning with your income team.'])(
    'finds the next step in: %s',
    (text) => {
      expect(fires('missing-next-step', text)).toBe(false);
    },
  );

  it('finds none in the next step the writer is working towards', () => {
    const text =
      'The budget you described is the next step I have been working towards. I look forward to hearing from you.';
    expect(fires('missing-next-step', text)).toBe(true);
  });

  it.each([
    "If it helps, I'll come out on a job with one of your technicians.",
    'Come and watch a job, and you can see for yourself.',
  ])('finds the next step in: %s', (text) => {
    expect(fires('missing-next-step', text)).toBe(false);
  });

  describe('round 15 forms', () => {
    it.each([
      'I will be in town next week and can come to present my plan.',
      'I can meet your operations manager to discuss the import desk.',
      'I can take your engineering team through the planning sheet on a call.',
      "I'd love to come down for a weekend session and run the roster.",
      "I'd be thrilled to run a tasting with your brewers so you can see how it works.",
    ])('finds the next step in: %s', (text) => {
      expect(fires('missing-next-step', text)).toBe(false);
    });
  });

  it('finds the next step in bringing something to the reader', () => {
    expect(fires('missing-next-step', 'I can bring the board to you on Monday.')).toBe(false);
  });

  describe('round 17 forms', () => {
    it('is satisfied by an offer to do a set task again', () => {
      expect(fires('missing-next-step', 'I would be glad to work through another case study with you.')).toBe(
        false,
      );
    });

    it('is not satisfied by a task already done', () => {
      expect(
        fires('missing-next-step', 'We finished the interview with another case study on pricing.'),
      ).toBe(true);
    });
  });

  describe('round 18 forms', () => {
    it('is satisfied by an offer put as a question', () => {
      const text =
        'Would you be open to me sending my logbook, or talking through the radio procedures with you?';
      expect(fires('missing-next-step', text)).toBe(false);
    });
  });

  describe('round 19 forms', () => {
    it('is satisfied by an offer joined to the sentence before', () => {
      expect(fires('missing-next-step', "I'm keen on the job and could maybe send the rota over.")).toBe(
        false,
      );
    });
  });

  describe("round 20: the employer's plan is not an offer", () => {
    it('is not satisfied by bringing work in-house', () => {
      const text =
        'I am very interested in your plan to bring signal detection in-house. I look forward to hearing from you.';
      expect(fires('missing-next-step', text)).toBe(true);
    });
  });

  describe('round 22 forms', () => {
    it('is satisfied by an offer to work a shadow shift', () => {
      expect(
        fires('missing-next-step', 'I would be glad to work a shadow shift or to provide references.'),
      ).toBe(false);
    });
  });

  describe('round 23 forms', () => {
    it('is satisfied by an offer to ride along with a crew', () => {
      expect(fires('missing-next-step', 'I can ride along with one of your crews next week.')).toBe(false);
    });
  });

  describe('round 24 forms', () => {
    it('is satisfied by an offer to take another test of a kind', () => {
      expect(
        fires('missing-next-step', 'I can take another typing test at your office any day this week.'),
      ).toBe(false);
    });
    it('is satisfied by a hedged offer to share', () => {
      expect(
        fires('missing-next-step', 'I can hopefully share my internship report if that is useful.'),
      ).toBe(false);
    });
    it("is not satisfied by a call's opening question to whoever answers", () => {
      const text =
        'Good evening, may I speak with Mr. Nassar? I am very keen on the role. I look forward to hearing from you.';
      expect(fires('missing-next-step', text)).toBe(true);
      expect(fires('missing-next-step', 'May I speak with you again next week about the audit?')).toBe(false);
    });
  });

  describe('round 25 forms', () => {
    it('is satisfied by an offer to jump on a call, not by a past call', () => {
      expect(
        fires('missing-next-step', 'Happy to jump on a call before then to go through my reports.'),
      ).toBe(false);
      expect(
        fires('missing-next-step', 'Sorry I had to jump on a call. I look forward to hearing from you.'),
      ).toBe(true);
    });
  });

  describe('round 25 look-alikes', () => {
    it('is not satisfied by keenness to continue the work', () => {
      const text =
        "I am keen to continue that work on the Council's side. I look forward to hearing from you.";
      expect(fires('missing-next-step', text)).toBe(true);
      expect(fires('missing-next-step', 'I would be glad to continue the conversation next week.')).toBe(
        false,
      );
    });
  });

  describe('round 26 forms', () => {
    it.each([
      'Give me a call at 555-0146 any day this week.',
      "I'd love to screen it for you and Theo.",
      'I can join your trail crew on any Saturday in May.',
      'I can translate a chapter of your style guide by Thursday.',
      'Copies of the schedule can be supplied on request.',
      'I can also be reached on 555-0112.',
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-next-step', text)).toBe(false);
    });
  });

  describe('round 27 forms', () => {
    it.each([
      "My mobile's 555-0171.",
      'I can fly up for a site assessment in the simulator any day next week.',
      "I'm free any day this week to come out to a site.",
      'You can get me on 555-0163.',
      'I could probably come in some morning and help with breakfast service.',
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-next-step', text)).toBe(false);
    });
    it('is not satisfied by getting onto the team', () => {
      expect(
        fires('missing-next-step', 'I hope you can get me on the team. I look forward to hearing from you.'),
      ).toBe(true);
    });
  });

  describe('round 28 forms', () => {
    it.each([
      'I would be grateful for a chance to meet you again or take a written test.',
      "I'd be really glad to join the team and share the script if useful.",
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-next-step', text)).toBe(false);
    });
  });

  describe('round 30 forms', () => {
    it('is satisfied by an offer to work a supervised shift', () => {
      expect(fires('missing-next-step', 'I would be glad to work a supervised shift there.')).toBe(false);
    });
  });

  describe('round 31 forms', () => {
    it("is satisfied by taking the reader's people through the work", () => {
      expect(
        fires('missing-next-step', 'I can take your managers through our cash-flow testing approach.'),
      ).toBe(false);
      expect(
        fires('missing-next-step', 'I can take your planners through the replenishment rules we used.'),
      ).toBe(false);
    });
  });

  describe('round 32 forms', () => {
    it("is satisfied by an offer to sit the reader's test", () => {
      expect(
        fires(
          'missing-next-step',
          'I can sit your consecutive-interpreting test on Thursday, in person or by video.',
        ),
      ).toBe(false);
    });
  });

  describe('round 33 forms', () => {
    it('is satisfied by a hedged offer to pop in', () => {
      expect(fires('missing-next-step', 'I could maybe pop in to show you a patch panel layout.')).toBe(
        false,
      );
    });
  });

  describe('round 34 forms', () => {
    it('is satisfied by joining a crew for a field day', () => {
      expect(
        fires('missing-next-step', 'I am happy to join a crew for a field day so you can see my work.'),
      ).toBe(false);
    });
  });

  describe('round 35 forms', () => {
    it('is satisfied by making a presentation to the panel', () => {
      const text =
        'I would be happy to make a presentation to the panel on retail operations at any convenient time.';
      expect(fires('missing-next-step', text)).toBe(false);
    });
    it('is not satisfied by making a difference', () => {
      expect(fires('missing-next-step', 'I would be happy to make a difference for your customers.')).toBe(
        true,
      );
    });
    it('is satisfied by bringing old planning folders', () => {
      const text = 'Maybe we could chat again next week, and I could bring my old planning folders?';
      expect(fires('missing-next-step', text)).toBe(false);
    });
  });

  describe('round 37 forms', () => {
    it('is satisfied by being keen to take the test the interviewer mentioned', () => {
      const text =
        'I am keen to take the cash-handling test you mentioned at whatever time suits your schedule.';
      expect(fires('missing-next-step', text, { kind: 'letter' })).toBe(false);
    });
    it('is satisfied by reporting for a store visit', () => {
      const text = 'I can report for a store visit with your coordinator any day you choose.';
      expect(fires('missing-next-step', text)).toBe(false);
    });
  });

  describe('round 38 forms', () => {
    it.each([
      'I can do a ride-along or a practice route with one of your drivers any day next week.',
      'I can do a full gel set on a model for you any afternoon next week.',
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-next-step', text)).toBe(false);
    });
  });

  describe('round 39 forms', () => {
    it('is satisfied by doing a store visit with the area supervisor', () => {
      const text = 'I can do a store visit with your area supervisor any day next week.';
      expect(fires('missing-next-step', text)).toBe(false);
    });
  });

  describe('round 40 forms', () => {
    it('is satisfied by being keen to sit down with the owners', () => {
      const text =
        "I'm keen to sit down with you and the owners to go through my plan for the first 90 days.";
      expect(fires('missing-next-step', text)).toBe(false);
    });
  });

  describe('round 41 forms', () => {
    it('is satisfied by going out on a sales van for a day', () => {
      const text = 'I would be glad to go out on a sales van for a day to show you my approach.';
      expect(fires('missing-next-step', text, { kind: 'letter' })).toBe(false);
    });
  });

  describe('round 42 forms', () => {
    it('is satisfied by offering to come and walk the farm', () => {
      const text = 'I am keen on the post and would be able to come and walk the farm with you next week.';
      expect(fires('missing-next-step', text, { kind: 'letter' })).toBe(false);
    });
    it('is not satisfied by being keen to bring experience to the team', () => {
      const text =
        'I am keen to bring my trust accounting experience to your team. I look forward to your reply.';
      expect(fires('missing-next-step', text, { kind: 'letter' })).toBe(true);
    });
  });

  describe('round 44 forms', () => {
    it.each([
      "If it's useful, put me on a ride-along on one of your routes next week.",
      'I can sit in on a shift and run the board under supervision.',
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-next-step', text)).toBe(false);
    });
    it('is not satisfied by having sat in on shifts before', () => {
      expect(fires('missing-next-step', 'At Gulf Coast I sat in on 40 shifts before I ran the board.')).toBe(
        true,
      );
    });
  });

  describe('round 46 forms', () => {
    it('is satisfied by offering to post a printed copy', () => {
      expect(fires('missing-next-step', 'I can post you a printed copy of the field guide.')).toBe(false);
    });
    it('is not satisfied by having posted things before', () => {
      expect(fires('missing-next-step', 'I can post 3 reels a week on our studio page.')).toBe(true);
    });
  });

  describe('round 47 forms', () => {
    it.each([
      "I'd welcome a second go at the role-play.",
      "I'd welcome a chance to shadow one of your negotiators for a day.",
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-next-step', text)).toBe(false);
    });
    it('is not satisfied by having shadowed others before', () => {
      expect(fires('missing-next-step', 'I had the chance to shadow 3 senior negotiators in 2024.')).toBe(
        true,
      );
    });
  });

  describe('round 47 forms, a claim', () => {
    it('is not satisfied by being keen to join and to bring experience', () => {
      const text =
        'I am very keen to join your finance team and to bring my collections experience to the export season.';
      expect(fires('missing-next-step', text, { kind: 'letter' })).toBe(true);
    });
    it('is satisfied by being keen to meet and to bring samples', () => {
      const text = 'I am keen to meet again and to bring my 3 sample reconciliations.';
      expect(fires('missing-next-step', text, { kind: 'letter' })).toBe(false);
    });
  });

  describe('round 48 forms', () => {
    it('is satisfied by an offer with its subject left out', () => {
      const text =
        "I'm keen on the Estimator role and would like to sit down again to go through a sample tender with you.";
      expect(fires('missing-next-step', text)).toBe(false);
    });
    it('is not satisfied by a wish about the past', () => {
      expect(fires('missing-next-step', 'I priced 19 tenders and would like to have won more of them.')).toBe(
        true,
      );
    });
  });

  describe('round 50 forms', () => {
    it.each([
      'I can do a water skills check with your senior lifeguard any morning next week.',
      'I would welcome the chance to bring in a sample strip and the die drawings.',
      'I can bring my tape and a print of your choice and lay out a frame rail while you watch.',
      "I'm eager to get to work and can weld test coupons for you any day.",
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-next-step', text)).toBe(false);
    });
  });

  describe('round 52 forms', () => {
    it.each([
      'I am ready for an assessment drive to Kafue and back whenever your trainer is free.',
      'I can join one of your Sunday tours as a shadow guide before the season starts.',
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-next-step', text)).toBe(false);
    });
    it.each([
      "I wasn't ready for the practical, but I have since logged 40 hours.",
      'I would be glad to spend the winter season at your desk.',
    ])('is not satisfied by %s', (text) => {
      expect(fires('missing-next-step', text)).toBe(true);
    });
  });

  describe('round 56 forms', () => {
    it.each([
      'I can sit with you and go through how I would organise the first month.',
      'I can bring you my maintenance schedules on any day that suits you.',
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-next-step', text)).toBe(false);
    });
    it('is not satisfied by bringing a team together in the past', () => {
      expect(fires('missing-next-step', 'I can bring a team together: 12 drivers, 3 depots.')).toBe(true);
    });
  });

  describe('round 57 forms', () => {
    it('is satisfied by taking a test with several words before it', () => {
      const text = 'I can take a typing and accuracy test at your office on any day you choose.';
      expect(fires('missing-next-step', text)).toBe(false);
    });
    it('is not satisfied by having been grateful for the chance to talk', () => {
      expect(fires('missing-next-step', 'I was grateful for the chance to talk about the 2 pilots.')).toBe(
        true,
      );
    });
  });

  describe('round 59 forms', () => {
    it('is satisfied by being at the test booth on a day', () => {
      const text = 'I can be at your test booth on Thursday or Friday to run a 6G coupon.';
      expect(fires('missing-next-step', text)).toBe(false);
    });
  });

  describe('round 61 forms', () => {
    it('is satisfied by starting any time for a trial week', () => {
      expect(fires('missing-next-step', 'I can start any time for a trial week.')).toBe(false);
    });
  });

  describe('round 62 forms', () => {
    it('is satisfied by a trial offered with the subject left out', () => {
      const text =
        'I would love to teach at Prana Path and can take a trial class for your members next week.';
      expect(fires('missing-next-step', text)).toBe(false);
    });
  });

  describe('round 63 forms', () => {
    it.each([
      'I would be grateful for the chance to cook the risotto for you again, on any morning that suits you.',
      'I would be grateful for the chance to send you the inspection standard.',
      'I would be honoured to present that register to your team.',
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-next-step', text)).toBe(false);
    });
    it('is not satisfied by gratitude for a chance already had', () => {
      const text = 'I was grateful for the chance to send you my portfolio beforehand.';
      expect(fires('missing-next-step', text)).toBe(true);
    });
  });

  describe('round 64 forms', () => {
    it('is satisfied by welcoming a written test', () => {
      const text = 'I would welcome a written test, or the opportunity to send you samples.';
      expect(fires('missing-next-step', text)).toBe(false);
    });
    it('is not satisfied by being glad to apply', () => {
      const text = 'I am very glad to apply for the Vineyard Foreman position. I wish you a good harvest.';
      expect(fires('missing-next-step', text)).toBe(true);
    });
  });

  describe('round 65 forms', () => {
    it('is satisfied by offering to teach a demonstration lesson', () => {
      const text = 'I can teach a demonstration lesson at any time convenient to you.';
      expect(fires('missing-next-step', text)).toBe(false);
    });
    it('is not satisfied by a trial lesson already taught', () => {
      const text = 'Thank you for letting me teach the trial lesson on Saturday, and have a nice week.';
      expect(fires('missing-next-step', text)).toBe(true);
    });
  });

  describe('round 71 forms', () => {
    it('is satisfied by a start offered on a day', () => {
      const text = "I'm keen on the job and can start Monday if you want me.";
      expect(fires('missing-next-step', text)).toBe(false);
    });
    it('is not satisfied by a start already made', () => {
      expect(fires('missing-next-step', 'I started Monday at my current depot, 30 tyres a day.')).toBe(true);
    });
  });

  describe('round 73 leftovers', () => {
    it.each([
      'I can start as soon as you need me.',
      'I am going to be able to come for the classroom observation.',
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-next-step', text)).toBe(false);
    });
    it('is not satisfied by having come in early at a past job', () => {
      expect(fires('missing-next-step', 'I was able to come in early every day at my last school.')).toBe(
        true,
      );
    });
  });

  describe('round 75 forms', () => {
    it('is satisfied by being grateful for the chance to complete the test again', () => {
      const text = 'I would be grateful for the chance to complete the cash test again.';
      expect(fires('missing-next-step', text)).toBe(false);
    });
  });

  describe('round 77 forms', () => {
    it('is not satisfied by bringing a programme along when joining', () => {
      const text = 'I would very much like to join your team at Ledra and bring that programme with me.';
      expect(fires('missing-next-step', text)).toBe(true);
    });
    it('is not satisfied by bringing a programme along when joining', () => {
      const text = 'I would very much like to join your team at Ledra and bring that programme with me.';
      expect(fires('missing-next-step', text)).toBe(true);
    });
    it('is satisfied by starting with a trial shift', () => {
      expect(fires('missing-next-step', 'I can start with a trial shift any day you choose.')).toBe(false);
    });
  });

  describe('round 79 forms', () => {
    it('is not satisfied by being glad to lead a team', () => {
      const text = 'I would be glad to lead a team at Avon Gorge.\nI look forward to hearing from you.';
      expect(fires('missing-next-step', text)).toBe(true);
    });
    it.each([
      "I can put the couples' package together as a written proposal.",
      'I could give a demonstration treatment to you and your manager.',
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-next-step', text)).toBe(false);
    });
  });

  describe('round 80 forms', () => {
    it('is not satisfied by loving to cook for the pupils', () => {
      expect(
        fires('missing-next-step', "I'd love to cook for your pupils. I look forward to hearing from you."),
      ).toBe(true);
    });
    it('is still satisfied by loving to cook a trial lunch', () => {
      expect(fires('missing-next-step', "I'd love to cook a trial lunch for you and the head teacher.")).toBe(
        false,
      );
    });
  });
});
