import { describe, expect, it } from 'vitest';
import { fires } from '../test-support';

describe('over-candid', () => {
  it.each([
    'I know I bombed the interview.',
    'I completely blew it on the budgeting question.',
    'I blew the question about hiring.',
    'I really messed up the case study.',
    'Honestly, the interview was a train wreck.',
    'My answer was a disaster.',
    'I was terrible on the technical round.',
    'I choked when you asked about conflict.',
    'I made a fool of myself in the panel.',
    'I know I blew the system design question.',
    'Sorry for choking on the SQL window-function question.',
    'I made a complete hash of the case study.',
  ])('flags a harsh verdict on one’s own performance: %s', (text) => {
    expect(fires('over-candid', text)).toBe(true);
  });

  it.each([
    'I led our disaster recovery program.',
    'Our team blew past its target in three quarters.',
    'The warehouse was a mess before I reorganized it, and picks rose 20%.',
    'I would like to expand on my answer about hiring.',
    'My answer on inventory shrink was thin, so here is the fuller version.',
  ])('does not flag neutral or professional wording: %s', (text) => {
    expect(fires('over-candid', text)).toBe(false);
  });

  it.each([
    'Honestly, I totally fumbled the renewal question.',
    'I completely tanked the upsell part.',
    'I flubbed the question on pricing.',
    'I botched the case study.',
    'I know my answer on labour planning was a mess.',
    'My answer to the budget question was a shambles.',
    'My presentation was a car crash.',
    'I was awful on the role-play.',
    'I was dreadful in the second half.',
    'I was hopeless at the whiteboard.',
    'I fell flat on my face with the pricing question.',
    'My pitch fell flat.',
    'I embarrassed myself on the coding task.',
  ])('flags a verdict of fumbling, tanking or falling flat: %s', (text) => {
    expect(fires('over-candid', text)).toBe(true);
  });

  it.each([
    'The data was a mess before I cleaned it, and errors fell by half.',
    'I scheduled a tanker fleet of 40 vessels.',
    'I learned an awful lot from the tour.',
    'An awful lot of the reporting was manual before I automated it.',
    'The courier kept fumbling deliveries, so I rebuilt the routing.',
    'I was glad the messy handover was behind us.',
  ])('leaves messy data, tankers and an awful lot alone: %s', (text) => {
    expect(fires('over-candid', text)).toBe(false);
  });

  it.each([
    'I made a hash of the pricing question.',
    'I was a disaster in the technical round.',
    'I made a mess of the case study.',
    'I completely flubbed it.',
    'I was useless on the SQL part.',
    'That answer was a complete shambles.',
  ])('flags more verdicts in other words: %s', (text) => {
    expect(fires('over-candid', text)).toBe(true);
  });

  it.each([
    'We tanked up the fleet before the storm.',
    'The migration was a mess when I inherited it; I cut incidents by 60%.',
    'My team was awful at estimates until I introduced planning poker.',
  ])('leaves work that was a mess before the writer fixed it alone: %s', (text) => {
    expect(fires('over-candid', text)).toBe(false);
  });

  describe('idioms found by their structure', () => {
    it.each([
      'I made a complete hash of the pricing exercise.',
      "I know I made a proper dog's dinner of the rota question.",
      'Please overlook the mess I made of the tasting.',
      'Honestly, my answer on the budget was a dumpster fire.',
      'The portfolio review was a car crash from start to finish.',
      'I crashed and burned on the practical test.',
    ])('flags: %s', (text) => {
      expect(fires('over-candid', text)).toBe(true);
    });

    it.each([
      'The old billing migration was a disaster before I joined, so I rebuilt it.',
      'I cleaned up the mess our vendor made of the data feed.',
      'We ran crash tests on 40 prototypes and made the seat 12% lighter.',
      'I made a note of the questions you raised about staffing.',
    ])('does not flag work described neutrally: %s', (text) => {
      expect(fires('over-candid', text)).toBe(false);
    });
  });

  it('flags "I bottled the costing question"', () => {
    expect(fires('over-candid', 'I bottled the costing question completely.')).toBe(true);
    expect(fires('over-candid', 'We bottled 4,000 cases of cider last year.')).toBe(false);
  });

  it('flags a verdict with an aside: "my presentation was, frankly, a disaster"', () => {
    expect(fires('over-candid', 'My presentation on fraud was, frankly, a disaster.')).toBe(true);
  });

  it('does not flag a title in quotes', () => {
    expect(fires('over-candid', 'I logged a save bug in the "Train Wreck" chase level.')).toBe(false);
    expect(fires('over-candid', 'My presentation was a train wreck.')).toBe(true);
  });

  it('flags "the exercise was also a disaster"', () => {
    expect(fires('over-candid', 'The live debugging exercise was also a disaster.')).toBe(true);
  });

  it('does not flag a flood that was a disaster for the town', () => {
    expect(fires('over-candid', 'I modelled the 2020 flood, which was a disaster for the town.')).toBe(false);
  });

  it.each(['I blew the observed lesson.', 'Honestly, I blew my demo.'])('flags: %s', (text) => {
    expect(fires('over-candid', text)).toBe(true);
  });

  it('does not flag a blown glass piece', () => {
    expect(fires('over-candid', 'I blew a set of eight goblets for the show.')).toBe(false);
  });

  it('flags blowing the case exercise', () => {
    expect(fires('over-candid', 'I completely blew the valuation case.')).toBe(true);
  });

  it('flags blowing the reader’s question', () => {
    expect(fires('over-candid', 'I know I blew your question about margins.')).toBe(true);
  });

  it('leaves "all over the place" to the excuse it explains', () => {
    const text = 'The traffic made me arrive flustered, which is why my answers were all over the place.';
    expect(fires('over-candid', text)).toBe(false);
  });

  describe('round 17: a lesson or demonstration judged', () => {
    it.each([
      'I know my demonstration lesson was a disaster.',
      'The observation lesson was, frankly, a shambles.',
    ])('flags: %s', (text) => {
      expect(fires('over-candid', text)).toBe(true);
    });

    it('does not flag a lesson about a disaster', () => {
      expect(fires('over-candid', 'My lesson on the 1953 flood disaster got the class talking.')).toBe(false);
    });
  });

  describe('round 18: what fell apart', () => {
    it('does not flag a plan that fell apart in a story about the work', () => {
      expect(fires('over-candid', 'You asked about a time a plan fell apart on the day.')).toBe(false);
    });

    it('still flags the interview falling apart', () => {
      expect(fires('over-candid', 'Honestly, the interview fell apart after the second question.')).toBe(
        true,
      );
    });
  });

  describe('round 19: making a hash of it', () => {
    it('flags making a right hash of a question', () => {
      expect(fires('over-candid', 'Apologies for making a right hash of the budgeting question.')).toBe(true);
    });
  });

  describe('round 21: blowing the numbers', () => {
    it('flags blowing the break-even maths', () => {
      expect(
        fires('over-candid', 'I blew the break-even maths, and you should have had a cleaner answer.'),
      ).toBe(true);
    });

    it('does not flag blowing past a target', () => {
      expect(fires('over-candid', 'We blew past the sales figures we had forecast by 12%.')).toBe(false);
    });
  });

  describe('round 22: a scenario and a plate judged', () => {
    it.each([
      'I know I blew the mass-casualty triage scenario.',
      'I will say it plainly: my tasting plate was a disaster.',
    ])('flags: %s', (text) => {
      expect(fires('over-candid', text)).toBe(true);
    });
  });

  describe('round 24 forms', () => {
    it('flags a verdict on a named round of the interview', () => {
      expect(fires('over-candid', 'Honestly, my technical round was a disaster.')).toBe(true);
    });
    it('flags messing it up after another verb of the writer', () => {
      expect(fires('over-candid', 'I froze and completely messed it up.')).toBe(true);
      expect(
        fires('over-candid', 'The printer jammed and messed up the handouts, so I reprinted them.'),
      ).toBe(false);
    });
  });

  describe('round 26 forms', () => {
    it('flags blowing a named round', () => {
      expect(fires('over-candid', "I'll be straight with you: I blew the whiteboard round.")).toBe(true);
    });
  });

  describe('round 28: understated verdicts', () => {
    it('flags not my finest hour and a proper hash', () => {
      expect(fires('over-candid', "I'll be honest: the role-play was not my finest hour.")).toBe(true);
      expect(fires('over-candid', 'I made a proper hash of the service-charge exercise.')).toBe(true);
      expect(fires('over-candid', 'The launch was my finest hour at Arlo.')).toBe(false);
    });
  });

  describe('round 29 forms', () => {
    it('flags stuffing up a question and a meeting that was a car crash', () => {
      expect(
        fires('over-candid', 'I stuffed up the traffic management question, no two ways about it.'),
      ).toBe(true);
      expect(fires('over-candid', 'The mock client meeting was a car crash.')).toBe(true);
    });
  });

  describe('round 35 forms', () => {
    it('flags an answer on a long topic that was a complete disaster', () => {
      const text = 'My answer on planning the maize collection routes was a complete disaster.';
      expect(fires('over-candid', text)).toBe(true);
    });
  });

  describe('round 39 forms', () => {
    it('flags blowing the portfolio walkthrough', () => {
      expect(fires('over-candid', 'I blew the portfolio walkthrough, and I know why.')).toBe(true);
    });
  });

  describe('round 40 forms', () => {
    it('flags a role-play with a client that was a disaster', () => {
      const text = 'The role-play with the angry client was a disaster on my part.';
      expect(fires('over-candid', text)).toBe(true);
    });
  });

  describe('round 41 forms', () => {
    it('does not flag a tiler who tanked and tiled wet rooms', () => {
      expect(fires('over-candid', 'In 2025 I tanked and tiled 52 wet rooms with no leak callbacks.')).toBe(
        false,
      );
    });
    it('still flags tanking the interview', () => {
      expect(fires('over-candid', 'I tanked the interview, I know.')).toBe(true);
    });
  });

  describe('round 44 forms', () => {
    it('leaves an answer falling apart told as the end of a blamed cause to the excuse', () => {
      const text =
        'The margin question was unfair to spring on someone from retail, which is why my answer fell apart. I grew 2 accounts by 26%.';
      expect(fires('over-candid', text)).toBe(false);
    });
    it.each([
      'The traffic was awful, which is why my interview was a disaster.',
      'I completely fell apart during the sample lesson.',
      'The bus was late, which is why I went to pieces on the safe-staffing scenario.',
    ])('still flags %s', (text) => {
      expect(fires('over-candid', text)).toBe(true);
    });
  });

  describe('round 50 forms', () => {
    it('flags blowing a part of the interview with an ampersand in its name', () => {
      expect(fires('over-candid', 'I know I completely blew the GD&T part of the interview.')).toBe(true);
    });
  });

  describe('round 52 forms', () => {
    it('flags blowing a station of a kitchen trial', () => {
      expect(fires('over-candid', 'I know I blew the sauce station on Saturday.')).toBe(true);
    });
  });

  describe('round 54 forms', () => {
    it.each(['My mock tour was a disaster, and I know it.', 'I was very bad in the observation task.'])(
      'flags %s',
      (text) => {
        expect(fires('over-candid', text)).toBe(true);
      },
    );
    it('does not flag being bad at something outside the interview', () => {
      expect(
        fires('over-candid', 'I was very bad at maths at school, so I retrained and passed 3 exams.'),
      ).toBe(false);
    });
  });

  describe('round 57 forms', () => {
    it('flags a part of the interview that was a disaster', () => {
      expect(fires('over-candid', 'The presentation part was a total disaster, and I know it.')).toBe(true);
    });
    it('does not flag being part of a team that was a success', () => {
      expect(fires('over-candid', 'I was part of a team that was a success: 3 launches.')).toBe(false);
    });
  });

  describe('round 60 forms', () => {
    it('leaves a flat answer told as the end of a blamed question to the excuse rule', () => {
      const text =
        'That was a trick question, and nobody could have answered it well, so my answer fell flat.';
      expect(fires('over-candid', text)).toBe(false);
    });
    it('still flags an interview the writer calls a disaster after "so"', () => {
      expect(fires('over-candid', 'The bus was late, so my interview was a disaster.')).toBe(true);
    });
  });

  describe('round 65 forms', () => {
    it('flags a drill called a disaster', () => {
      expect(fires('over-candid', 'Honestly, the toboggan drill was a disaster.')).toBe(true);
    });
    it('does not flag a drill that went well', () => {
      expect(fires('over-candid', 'The toboggan drill was a success: 4 minutes to the base.')).toBe(false);
    });
  });

  describe('round 79 forms', () => {
    it('does not flag fumbling a tool', () => {
      expect(fires('over-candid', 'I was sweating so much that I fumbled the scan tool.')).toBe(false);
    });
    it('still flags bombing the knife skills station', () => {
      expect(fires('over-candid', 'I know I bombed the knife skills station.')).toBe(true);
    });
  });

  describe('round 80 forms', () => {
    it('flags a cook-off that was a disaster', () => {
      expect(fires('over-candid', 'The cook-off was a disaster, and I know it.')).toBe(true);
    });
  });
});
