import { describe, expect, it } from 'vitest';
import { debriefOf, fires } from '../test-support';
import { pointsBack } from './excuse';

describe('excuse', () => {
  it.each([
    'I was stuck in traffic for an hour.',
    'After a night with little sleep I was slow.',
    'I had barely slept the night before.',
    'My lunch did not agree with me.',
    'That was a tricky question.',
    'The question about budget cuts was unfair.',
    'You interrupted me before I could finish.',
    'My train was badly delayed.',
    'I was distracted by a family emergency.',
    'I was up all night before the interview, which is why my answer was thin.',
    'Forty minutes of traffic on the M62 left me rushed.',
    'The motorway was jammed, which is why my answer on scheduling came out muddled.',
    'I was up all night with a toothache.',
    'The case was tricky and unfair for someone from outside SaaS.',
    'The bus broke down on the ring road, so I arrived late.',
    'My basement had flooded that morning, which is why my answers were scattered.',
    'The exercise was badly worded.',
    'The projector died halfway through my slides.',
    'I had a splitting headache all afternoon.',
    'I was feeling under the weather that day.',
    'The heat in the room left me flustered.',
    'I arrived late because the tube was suspended.',
    'My babysitter cancelled at the last minute.',
    'Your colleague kept interrupting me, so I never finished my answer.',
    'My Wi-Fi kept dropping during the video interview.',
    'The connection kept freezing in the second half.',
    'I was coming down with the flu.',
    'I was stuck behind an accident on the highway.',
    'Traffic delays on the ring road made me late.',
    'My dog had been ill all night, so I wasn’t at my sharpest when you asked about rotas.',
    'A pipe had burst in my flat that morning, so my head wasn’t fully in the room.',
    'We had a court hearing the day before, so my head was all over the place.',
    'The office was roasting, which threw me when you asked about costs.',
  ])('flags blaming circumstances: %s', (text) => {
    expect(fires('excuse', text)).toBe(true);
  });

  it.each([
    'On the signal retiming I led, peak-hour traffic delays fell by 19%.',
    'We cut traffic delays at the junction by a third.',
    'I built a vet triage rota, so the clinic was never short-staffed.',
    'We kept the site up despite heavy traffic on our site.',
    'Foot traffic to the back wall rose 18%.',
    'Web traffic was heavy during the launch, and we held 99.9% uptime.',
    'Thank you for the thoughtful questions.',
    'I never get tired of solving scheduling puzzles.',
    'I grew sign-ups 40% despite heavy traffic on our site.',
    'We reduced sleep-study wait times from eleven weeks to four.',
    'I set up the traffic analytics dashboard for the marketing team.',
    'I led the food-safety audit at all four sites.',
    'I ran the night shift for two years, which is why I care about handovers.',
    'We rerouted 40 trucks around the storm and delivered on time.',
    'I wrote tricky test cases for the payment flow.',
    'I moved our cold chain monitoring to live sensors.',
    'I fixed a burst pipe alarm in the building system.',
    'When our office Wi-Fi kept dropping last year, I replaced the access points and tickets fell by 35%.',
    'When the laptop fleet kept crashing, I rebuilt the image and cut tickets by half.',
    'Month-end reconciliation was a real headache until I automated it, and the close fell from 8 days to 5.',
  ])('does not flag results or neutral wording: %s', (text) => {
    expect(fires('excuse', text)).toBe(false);
  });

  it('tolerates a brief emergency when the debrief addresses a distraction, but not other excuses', () => {
    const context = debriefOf({
      mishaps: [{ id: 'm1', kind: 'distraction', severity: 'moderate', noticed: 'yes' }],
    });
    expect(fires('excuse', 'I was distracted by a family emergency that morning.', { context })).toBe(false);
    expect(fires('excuse', 'I was stuck in traffic for an hour.', { context })).toBe(true);
  });

  it('tolerates the emergency as what was on the mind when the distraction is addressed', () => {
    const context = debriefOf({
      mishaps: [{ id: 'm1', kind: 'distraction', severity: 'major', noticed: 'yes' }],
    });
    const text = 'My basement had flooded that morning, so I was a little distracted.';
    expect(fires('excuse', text, { context })).toBe(false);
  });

  // Round 66 (h229-v07): a brief mention is allowed; blaming the answers on it is an excuse still.
  it('does not tolerate an addressed emergency that the answers are blamed on', () => {
    const context = debriefOf({
      mishaps: [{ id: 'm1', kind: 'distraction', severity: 'major', noticed: 'yes' }],
    });
    const text = 'My basement had flooded that morning, which is why my answers were scattered.';
    expect(fires('excuse', text, { context })).toBe(true);
    const next = 'I took the call about the flood warning. That is why my answers came out so muddled.';
    expect(fires('excuse', next, { context })).toBe(true);
  });

  it('does not tolerate the emergency when the distraction was minor and unnoticed', () => {
    const context = debriefOf({
      mishaps: [{ id: 'm1', kind: 'distraction', severity: 'minor', noticed: 'no' }],
    });
    expect(fires('excuse', 'I was distracted by a family emergency.', { context })).toBe(true);
  });

  it.each([
    "The plant floor was so loud during the tour that I couldn't really hear the question.",
    'The open-plan office was quite loud during our conversation.',
    'The kitchen was very noisy so I lost my thread.',
    "I couldn't really hear the question over the machines.",
    'The question about e-discovery was worded in a confusing way.',
    'It was a confusingly worded question, so I answered the wrong thing.',
    'The case was asked in an unclear way.',
    'The noisy open-plan office made it hard for me to focus.',
  ])('flags a loud place or a confusing question blamed for the answer: %s', (text) => {
    expect(fires('excuse', text)).toBe(true);
  });

  it.each([
    'The kitchen was loud and full of energy, which I loved.',
    'The plant floor was busy when we toured it.',
    'I phrased my answer in a confusing way, so here it is again.',
    'I reduced noise on the plant floor by 8 decibels.',
  ])('leaves loud places described as a compliment, and self-owned wording, alone: %s', (text) => {
    expect(fires('excuse', text)).toBe(false);
  });

  it.each([
    'The coffee shop was so noisy I could barely hear you.',
    'The question was badly worded.',
    'Your question was confusing.',
    'The way the question was phrased confused me.',
  ])('flags more blame on the setting or the question: %s', (text) => {
    expect(fires('excuse', text)).toBe(true);
  });

  it.each([
    'I moved the team out of a loud office into quiet rooms and output rose 10%.',
    'The warehouse was noisy, so I introduced ear defenders and incidents fell by half.',
  ])('leaves a noisy workplace the writer fixed alone: %s', (text) => {
    expect(fires('excuse', text)).toBe(false);
  });

  describe('blame in other forms', () => {
    it.each([
      'My broadband kept dropping during the call, which is why I never got to finish the modelling answer.',
      'The painkillers I was on are why I was slower than usual on the case.',
      'The neighbours were loud until 3 a.m., so I was running on three hours’ sleep.',
      'A four-person panel firing questions at once would throw anyone.',
      'With the sound lag I found your accent hard to follow.',
      'The video call format did not suit me.',
      'The train delays left me no time to set up my demo.',
    ])('flags: %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });

    it('blames the other circumstance when an addressed emergency shares the sentence', () => {
      const context = debriefOf({
        mishaps: [{ id: 'm1', kind: 'distraction', severity: 'major', noticed: 'yes' }],
      });
      const text =
        'I had a family emergency that morning, and then the tram delays left me no time to prepare, which is why my demo was slow.';
      expect(fires('excuse', text, { context })).toBe(true);
    });

    it.each([
      'Our fatigue testing found 4 cracks before limits, which is why the fleet stayed at 98% availability.',
      'I cut medication errors on the ward by 30%.',
      'We reduced video call lag for 2,000 users by 40%.',
      'The format of the workshop suited our volunteers, and attendance rose by a third.',
    ])('does not flag work that merely names the words: %s', (text) => {
      expect(fires('excuse', text)).toBe(false);
    });
  });

  describe('blame tied to the performance in other ways', () => {
    it.each([
      'The prep pack you sent never mentioned a coding test, and that is why my query was unfinished.',
      'The piling work next door made it very hard to concentrate, which is why my answer fell short.',
      'My answer on stock counts was thin because my mind was at the vet with our dog.',
      'The room was so warm that it threw my answers off.',
    ])('flags: %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });

    it('does not flag a lack of sleep that belongs to the patients', () => {
      const text = 'Our patients often arrived after years of lack of sleep; I scored 900 studies.';
      expect(fires('excuse', text)).toBe(false);
    });
  });

  describe('a leak at home or a late start', () => {
    it.each([
      'I had spent the morning dealing with a leak in my flat, which is why my answer came out thin.',
      'The panel started forty minutes late, so by the time we began I was rushing.',
    ])('flags: %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });

    it('does not flag a project that started late and still delivered', () => {
      expect(
        fires('excuse', 'The refit started two weeks late, and I still handed it over on the original date.'),
      ).toBe(false);
    });
  });

  it('flags an overrunning schedule blamed for the portfolio', () => {
    const text =
      'The interview before mine ran long, so we only had ten minutes, and that is why the Camden project did not come across.';
    expect(fires('excuse', text)).toBe(true);
  });

  describe('blame on the interviewer, the brief or the equipment', () => {
    it.each([
      'My styling task was weaker than it should have been because there had been a gas leak in my building.',
      'You moved on from the depot question before I could finish, which is why my answer never got to the numbers.',
      'Your meeting room screen would not connect to my laptop for the first ten minutes.',
    ])('flags: %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });
  });

  describe('blame on equipment, a question or the traffic, in other words', () => {
    it.each([
      'I bombed the case because the laptop you gave me kept freezing.',
      'To be fair, it was a tricky one to ask someone applying for a payables job.',
      'My dog got out that morning, which is why my tariff classification answers were vague.',
      "The traffic on the A30 was awful, which is why I hadn't gathered my thoughts.",
    ])('flags: %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });
  });

  describe('any result blamed, and whose hard questions they are', () => {
    it('flags "that\'s why my perps weren\'t straight" after the heat and no food', () => {
      const text =
        "It was roasting on site and I hadn't had any food since six, that's why my perps weren't straight.";
      expect(fires('excuse', text)).toBe(true);
    });

    it("does not flag the children's tricky questions", () => {
      expect(fires('excuse', "I loved the children's tricky questions during the lesson.")).toBe(false);
    });
  });

  describe('fairness of a question, and a body blamed for being slow', () => {
    it.each([
      'I would like to return to the scenario question. It was unfair: it depended on local guidance.',
      'I was slower than usual in the editing test because I am halfway through chemotherapy.',
      "I'm on new tablets for my blood pressure and they make me foggy, so that's why I lost my thread.",
    ])('flags: %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });

    it('does not flag a remark owned as unfair to colleagues', () => {
      const text = 'I regret my comment about QA engineers; it was unfair to colleagues I respect.';
      expect(fires('excuse', text)).toBe(false);
    });
  });

  it.each([
    'I messed up the sizing question because the traffic on the ring road was so heavy.',
    'My phone kept buzzing with alarms from my current resort, and that is why I lost the thread.',
  ])('flags: %s', (text) => {
    expect(fires('excuse', text)).toBe(true);
  });

  describe('round 10 links and circumstances', () => {
    it.each([
      'My answer about the billing run was confused, and that is because my flat was broken into that morning.',
      'A pile-up on the ring road ate the 30 minutes I had set aside, so my walkthrough came out muddled.',
      'The generator at home packed up and I spent an hour on it, which is why my answer came out thin.',
      'The bypass was at a standstill and I arrived with a minute to spare, which is why I held back in the group task.',
    ])('flags: %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });

    it.each([
      'I cleared the route before the rush-hour traffic on 40 of 42 snow days.',
      'Our generator maintenance cut outages by 30%, which is why I want to keep doing this work.',
    ])('does not flag: %s', (text) => {
      expect(fires('excuse', text)).toBe(false);
    });
  });

  it.each([
    'With the school run and the roadworks, I arrived flustered and my answers suffered.',
    'The train was cancelled and I walked in out of breath.',
  ])('flags a circumstance tied to the performance: %s', (text) => {
    expect(fires('excuse', text)).toBe(true);
  });

  it('flags side effects blamed for the answers', () => {
    const text =
      'I started new medication last week and the side effects left me foggy, so my answers did not land.';
    expect(fires('excuse', text)).toBe(true);
  });

  it.each([
    'The role-play with the difficult tenant was a tricky exercise to spring on me, and that is why my handling of it did not go well.',
    'The A38 was closed after a crash and I arrived with minutes to spare, which is why I left out the budget slide.',
  ])('flags: %s', (text) => {
    expect(fires('excuse', text)).toBe(true);
  });

  it('does not flag the tricky questions children ask', () => {
    expect(fires('excuse', 'I love answering the children’s tricky questions in science club.')).toBe(false);
  });

  describe('a device failure the interviewer saw', () => {
    it.each([
      'The chart in my slides did not load during the talk, so here is what it showed: churn fell 4 points.',
      'I am sorry for my language when the screen share failed.',
    ])('is no excuse when the note mends it or only dates by it: %s', (text) => {
      expect(fires('excuse', text)).toBe(false);
    });

    it.each([
      'The laptop you gave me kept freezing, so I lost the model twice.',
      'The panel switched topics fast and interrupted so often that I never finished my answer.',
    ])('is an excuse when blamed: %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });
  });

  describe('round 12 forms', () => {
    it.each([
      'I am going through a hard patch and have not slept properly for weeks, so my head was not clear.',
      'The meeting room was very hot and the generator outside was loud, so it was hard for me to concentrate.',
      'The demo did not land, and that was down to the video link freezing.',
      'I was recovering from typhoid and on antibiotics, which is why my answers were slow.',
    ])('flags: %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });

    it('does not flag credit given to a colleague', () => {
      expect(fires('excuse', 'Our video views doubled, and that was down to the new editor.')).toBe(false);
    });
  });

  describe('round 13 forms', () => {
    it.each([
      'Your air con was off and it was 30 degrees in there, so no chocolate stood a chance.',
      "The mix came out muddy, and that's down to the desk: the wedges were feeding back.",
      'I choked on the question because I drove all night and did not sleep.',
      'I had come straight from a night shift and had slept for two hours, so my mind was not working.',
    ])('flags: %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });

    it('does not flag a judgement of the writer’s own remark', () => {
      expect(fires('excuse', 'My remark about teachers was careless. It was unfair and untrue.')).toBe(false);
    });
  });

  describe('round 14 forms', () => {
    it.each([
      'A hearing was moved at short notice and it was still on my mind, which is partly why my answer wandered.',
      'Your question on thresholds came without a scenario, so my answer stayed general.',
      'The video link dropped twice, and by the time we reconnected I had lost the thread, so that answer stayed unfinished.',
    ])('flags: %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });
  });

  describe('round 14 blame', () => {
    it.each([
      'I bombed the spreadsheet test, though in fairness the laptop had a sticky key.',
      'Forty pages in twenty minutes is a trick, not a test, and that is why my findings were half-finished.',
      'I messed up the joint, but the saw had a blunt blade and nobody warned me.',
      'That was a tricky question to spring on someone, and your office was so hot I could hardly think.',
    ])('flags: %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });
  });

  it.each([
    'The link kept freezing and the panellists talked over each other, so I never reached my point.',
    'The room was airless after lunch and the panel cut across me each time I began.',
  ])('flags blame of the call or the room: %s', (text) => {
    expect(fires('excuse', text)).toBe(true);
  });

  it.each([
    'I bombed the exercise, but the early ferry and four hours of sleep did me no favours.',
    'The questions came at me in an unfair way, all at once, so my answers lacked detail.',
    'I was not thinking straight because my antidepressant dose was changed and it left me foggy.',
  ])('flags round 16 blame: %s', (text) => {
    expect(fires('excuse', text)).toBe(true);
  });

  describe('round 17: unfairness said another way, sleep, and putting it down to something', () => {
    it.each([
      "The group exercise wasn't fair, with eight of us talking over each other.",
      'The scenario question on the late-night premises review was unfair without the case file in front of me.',
      'I have not been sleeping, so I could not focus during the case questions.',
      'My answer on cycle counting was weaker than it should have been, and I put that down to the flooding on my street.',
      "I'd chalk my slow start up to the heat in the room.",
    ])('flags: %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });

    it.each([
      'A question that is tricky for the wrong reasons tells you nothing about safe practice.',
      'Two outbreaks of food poisoning in our area were traced within 72 hours because the logs were there.',
      'Every exercise was fair and clearly set, and I enjoyed the group task.',
      'I put that down to the team: they cut waiting times by 30%.',
    ])('does not flag: %s', (text) => {
      expect(fires('excuse', text)).toBe(false);
    });
  });

  describe('round 18: the brief, attention taken, and an explanation announced', () => {
    it.each([
      'The question on the holding structure went well beyond the brief we had been sent.',
      'The case pack reached me at eleven at night, so the walkthrough was rough.',
      'My answer was thin; an incident was running throughout our conversation and had most of my attention.',
      'I should explain why my answers were so flat: a higher dose of my tablets leaves me slow after lunch.',
    ])('flags: %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });

    it.each([
      'I want to explain why my answer on the close was incomplete: here is the full picture, with 9 entities.',
      'The migration took most of my attention last quarter, and churn fell by 20%.',
    ])('does not flag: %s', (text) => {
      expect(fires('excuse', text)).toBe(false);
    });
  });

  describe('round 19: a question out of left field, and food poisoning as the work', () => {
    it('flags a question said to come out of left field', () => {
      const text = 'Your question came out of left field, and nobody could have prepped for that one.';
      expect(fires('excuse', text)).toBe(true);
    });

    it('does not flag food poisoning complaints the writer handled', () => {
      const text = 'I ran a push of takeaway inspections after a run of food poisoning complaints.';
      expect(fires('excuse', text)).toBe(false);
    });
  });

  describe("round 20: other people's states and emergencies, and a long question blamed", () => {
    it.each([
      'Crews work long rosters, and I see the effects every week: fatigue, lack of sleep, back injuries.',
      'Most appeals come from motorists who say traffic held them up or that they had a family emergency.',
    ])('does not flag: %s', (text) => {
      expect(fires('excuse', text)).toBe(false);
    });

    it.each([
      'The technical question on the ATR 72 propeller brake was unfair, and that is why my answer fell short.',
      'I was distracted by a family emergency that morning.',
    ])('flags: %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });
  });

  describe('round 21: interruptions and a head not in the case', () => {
    it.each([
      "With the panel's frequent interruptions during that answer, I was never able to reach the substance.",
      "I'd spent the morning on the phone with my bank, so my head wasn't in the product-sense case the way it should have been.",
    ])('flags: %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });

    it('does not flag admitting an answer lacked numbers', () => {
      expect(fires('excuse', 'I was not able to give you the food cost numbers, so here they are.')).toBe(
        false,
      );
    });
  });

  describe('round 22: sleep lost to a run of shifts', () => {
    it('flags almost no sleep after a run of night shifts', () => {
      const text =
        'I had come straight off a run of night shifts with almost no sleep, which is why my answers were slower.';
      expect(fires('excuse', text)).toBe(true);
    });
  });

  describe('round 22: traffic and sleep as the work', () => {
    it.each([
      "You asked how I'd deal with drivers stuck in traffic on the ring road at peak times.",
      'The scheme cut bus journey times by 18%, while general traffic delay rose by under a minute.',
      'Lack of sleep shows up in the data long before it shows up in a crash.',
      'You asked how I would handle drivers who run late because of traffic on the bypass.',
    ])('does not flag: %s', (text) => {
      expect(fires('excuse', text)).toBe(false);
    });

    it.each([
      'I was stuck in traffic on the ring road, so I arrived flustered.',
      'The water tank on my roof burst an hour before, which is why my answers were thin.',
    ])('still flags: %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });
  });

  describe('round 23: the light rail', () => {
    it('flags the light rail blamed for arriving late', () => {
      const text = 'The light rail broke down on the way in, which is why I arrived late.';
      expect(fires('excuse', text)).toBe(true);
    });
  });

  describe('round 24 forms', () => {
    it('flags traffic on a road named in accented letters', () => {
      expect(
        fires('excuse', 'I arrived late; the traffic on Periférico was terrible because of an accident.'),
      ).toBe(true);
    });
    it('flags low blood sugar from fasting as the reason for slow answers', () => {
      const text =
        'As I was fasting that day my sugar level dropped in the afternoon, which is why my answers on costing were slow.';
      expect(fires('excuse', text)).toBe(true);
    });
    it('does not flag a medical emergency claims role', () => {
      expect(
        fires('excuse', 'We spoke on Thursday about the medical emergency claims role at Wayfarer Cover.'),
      ).toBe(false);
    });
  });

  describe('round 25 forms', () => {
    it('flags calling the question unfair to throw at someone', () => {
      const text =
        "Honestly, it's not a fair thing to throw at someone in a first interview, so I didn't have my answer ready.";
      expect(fires('excuse', text)).toBe(true);
    });
    it('flags a numbered bus that was minutes late, and answers thrown off', () => {
      expect(fires('excuse', 'The 47 bus was 25 minutes late, so I arrived in a rush.')).toBe(true);
      expect(fires('excuse', 'We hit roadworks on the ring road, and that threw off all my answers.')).toBe(
        true,
      );
    });
    it('does not flag a fair test of the system', () => {
      expect(
        fires('excuse', 'We ran a fair test of the new routing over 6 weeks and cut late loads by 20%.'),
      ).toBe(false);
    });
  });

  describe('round 25 polite blame', () => {
    it('flags a question thought unreasonable to expect', () => {
      const text =
        'I did not think it reasonable to expect someone from outside software to explain sprint velocity, and that is why my answer fell short.';
      expect(fires('excuse', text)).toBe(true);
    });
    it('flags a test hardly fair for someone out of practice', () => {
      expect(
        fires('excuse', 'It was hardly a fair test for someone who has not used a spreadsheet in years.'),
      ).toBe(true);
    });
  });

  describe('round 26 forms', () => {
    it('flags a test that was no fair picture of the writer', () => {
      expect(fires('excuse', 'The lever was sticky, so the test was not a fair picture of my driving.')).toBe(
        true,
      );
      expect(fires('excuse', 'I would like to give you a fuller picture of my work.')).toBe(false);
    });
    it('flags no chance to prepare after a late brief', () => {
      const text =
        'The recruiter only sent the details on Sunday night, so I had no chance to look into the company.';
      expect(fires('excuse', text)).toBe(true);
    });
    it('flags a broken AC as the reason for sweating', () => {
      const text = 'The AC in that room was out, which is why I was sweating on the catastrophe question.';
      expect(fires('excuse', text)).toBe(true);
    });
  });

  describe('round 27 forms', () => {
    it('flags coming in rattled because of a flooded bridge', () => {
      const text =
        "The bridge on Route 7 was under water, so I had to go the long way round, and that's why I came in rattled.";
      expect(fires('excuse', text)).toBe(true);
    });
    it('flags a sentence that points back at the circumstance before it', () => {
      const text =
        'The night before, heavy rain flooded the lane outside my house. That is why I could not answer your question on sampling.';
      expect(fires('excuse', text)).toBe(true);
      expect(
        fires(
          'excuse',
          'The lane outside the mill flooded every spring. That is why I built the new drains.',
        ),
      ).toBe(false);
    });
    it('flags a case unfair to set, and a stopped train that threw me', () => {
      expect(
        fires('excuse', 'The case was unfair to set without the cost sheet, so my figures were wrong.'),
      ).toBe(true);
      expect(
        fires('excuse', 'The DART was stopped for half an hour, and it threw me for the whole interview.'),
      ).toBe(true);
    });
    it('flags a repossession blamed for a head not right', () => {
      const text = "The bank is repossessing my flat, so my head wasn't right for your questions.";
      expect(fires('excuse', text)).toBe(true);
    });
  });

  describe('round 28: blame without because', () => {
    it.each([
      "The figures in the pack didn't reconcile with the accounts, so I spent most of the twenty minutes chasing a discrepancy.",
      "The case pack reached my inbox at 11 p.m. the night before, which didn't leave much room to prepare.",
      'The bridge closure added forty minutes to my drive, and by the time I sat down, my answer was never going to be my sharpest.',
      "Between the IVF appointments and the house move, I wasn't as sharp on the margin question as I'd have liked.",
      'I must say it was not a fair test: twenty minutes and no creditor list in the pack.',
    ])('flags %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });
    it('does not flag figures that did not reconcile as the work', () => {
      expect(
        fires('excuse', "The client's figures didn't reconcile, so I rebuilt the ledger and found £12,000."),
      ).toBe(false);
    });
  });

  describe('round 29 forms', () => {
    it('flags a road closure that put me on the back foot', () => {
      const text =
        "Honestly the I-25 closure put me on the back foot, and that's why my turnaround answer came out all wrong.";
      expect(fires('excuse', text)).toBe(true);
    });
    it('flags an unfair ask', () => {
      expect(fires('excuse', 'Honestly the 30-min CTF box was an unfair ask for a tier-2 role.')).toBe(true);
    });
  });

  describe('round 29: blame in letters and calls', () => {
    it.each([
      'In fairness, the bundle was handed to me five minutes before the role-play, and no candidate could have given proper advice in those conditions.',
      'The Eisenhower was at a dead stop all the way in, so my answer on egress came out scrambled.',
      'The new tablets leave me foggy first thing, which is why the answer went clean out of my head.',
    ])('flags %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });
    it('does not flag medication that is not tied to the interview', () => {
      expect(fires('excuse', 'There will be days when the medication leaves me tired.')).toBe(false);
    });
  });

  describe('round 30 forms', () => {
    it('flags an exercise called unfair and one nobody could have done', () => {
      const text =
        'The role-play customer you gave me was unfair. Nobody could have signed up someone who said no to everything.';
      expect(fires('excuse', text)).toBe(true);
    });
    it('does not flag unfair questions the writer removed, or sick leave told as a gap', () => {
      expect(
        fires('excuse', 'I rewrote our interview guides to remove unfair questions about childcare.'),
      ).toBe(false);
      expect(fires('excuse', 'I was on sick leave for most of last year.')).toBe(false);
    });
  });

  describe('round 31 forms', () => {
    it('flags a test harder than the ad said, and morning sickness as the reason', () => {
      expect(fires('excuse', 'The test was far harder than the job ad said it would be.')).toBe(true);
      const text = 'The morning sickness was severe that day, and that is why my numbers were so thin.';
      expect(fires('excuse', text)).toBe(true);
    });
    it('does not flag a flu clinic', () => {
      expect(
        fires('excuse', 'I loved how calm your waiting room was, even with the flu clinic running.'),
      ).toBe(false);
    });
  });

  describe('round 33 forms', () => {
    it.each([
      "Your panel ran forty minutes behind, and after that long in reception I wasn't sharp for the rostering question.",
      'The written exercise allowed only twenty minutes for a case that needed an hour, and that is why my breach log was incomplete.',
      "I'd come straight off a 12-hour night shift, which is why the answers on medication errors came out muddled.",
    ])('flags %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });
  });

  describe('round 35 forms', () => {
    it.each([
      'The question on the Northern Ireland legislation was an unfair one to put to a candidate from England.',
      "To be fair, I wasn't expecting a math test for a key holder job, and being handed a calculator threw me off.",
      'In a fairer format I would have done much better.',
    ])('flags %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });
    it('does not flag a remark the writer calls unfair and disrespectful', () => {
      const text =
        'I made a joke about older customers. It was unfair and disrespectful, and I am sorry I said it.';
      expect(fires('excuse', text, { kind: 'letter' })).toBe(false);
    });
    it('flags a question called unfair that threw the writer off', () => {
      const text =
        'Asking an applicant for an entry-level claims role to set reserves with no figures to hand was unfair, and it threw me off for the rest of the interview.';
      expect(fires('excuse', text, { kind: 'letter' })).toBe(true);
    });
    it('does not flag a process the writer made fairer', () => {
      const text =
        'I rewrote our shortlisting so that giving candidates the case study in advance was fair to everyone.';
      expect(fires('excuse', text)).toBe(false);
    });
    it.each([
      'The old rota was unfair on the night staff, which is why I rebuilt it in 2023 and cut overtime by 30%.',
      'I thought the appraisal system was unfair, and that threw me into fixing it: we now review 120 staff twice a year.',
      'Setting the targets without the team felt unfair to them, so I changed the process and sales rose 12%.',
    ])('does not flag unfairness the writer fixed: %s', (text) => {
      expect(fires('excuse', text)).toBe(false);
    });
  });

  describe('round 36 forms', () => {
    it.each([
      'The A9 was shut after a crash and I sat in a queue for 90 minutes; that drive is the reason the scheduling question got away from me.',
      'The hormone injections I am on leave me exhausted and foggy. That is what scattered my answers.',
      'That morning I took a double dose of my medication, which made me drowsy, so I could not think clearly.',
      'I know I bombed the live coding part, and that question threw me for the rest of the hour.',
    ])('flags %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });
    it('does not flag a reason that is not the performance', () => {
      const text = 'The flooding on the A9 last winter is the reason I moved our depot to Inverness.';
      expect(fires('excuse', text)).toBe(false);
    });
  });

  describe('round 37 forms', () => {
    it('flags a tricky one to spring on someone', () => {
      const text =
        'The holiday-pay question was a tricky one to spring on someone without a calculator, and that is why my figure came out wrong.';
      expect(fires('excuse', text)).toBe(true);
    });
    it('does not flag a tricky audit the writer handled', () => {
      expect(fires('excuse', 'The 2024 audit was a tricky one, and I cut our findings from 9 to 2.')).toBe(
        false,
      );
    });
  });

  describe('round 38 forms', () => {
    it('flags a test that was not a fair one', () => {
      const text =
        "The blow-dry test wasn't a fair one for me: your brushes are nothing like mine, and that's why the finish wasn't up to my standard.";
      expect(fires('excuse', text)).toBe(true);
    });
  });

  describe('round 39 forms', () => {
    it.each([
      'My supervisor was texting me all through the interview, which is why my answers on method validation came out scattered.',
      "The Northern line was suspended and I had to run from Kennington, and that's why my pitch came out thin.",
      'My mind was not settled, and that is why I could not answer your questions on diary management.',
    ])('flags %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });
  });

  describe('round 40 forms', () => {
    it.each([
      'It was hard to concentrate with the grinder going right next to our table, which is why my answers came out jumbled.',
      "That role-play with the angry client was unfair, and that's why I didn't close it.",
      "You gave it to us with ten minutes to read a month's accounts, which nobody could do properly, and that's why my figures were wrong.",
    ])('flags %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });
    it('does not flag a cancelled flight the writer rebooked', () => {
      const text =
        'When the flight home was cancelled because of fog, I rebooked 14 people on the next flight within 2 hours.';
      expect(fires('excuse', text, { kind: 'letter' })).toBe(false);
    });
  });

  describe('round 42 forms', () => {
    it('flags a road closure named by its number', () => {
      const text =
        "The A1 was shut at Scotch Corner and I'd been sat in it for two hours, and that's why my answers on driver hours were all over the place.";
      expect(fires('excuse', text, { kind: 'call' })).toBe(true);
    });
    it('does not flag a closure the writer managed', () => {
      const text = 'When the A1 was shut for 3 days, I rerouted 40 trucks and we missed no deliveries.';
      expect(fires('excuse', text, { kind: 'letter' })).toBe(false);
    });
  });

  describe('round 43 forms', () => {
    it("flags a late bus that left no time to collect one's thoughts", () => {
      const text =
        'The bus broke down on the way and I reached the hospital only minutes before my turn, so I could not collect my thoughts before your questions.';
      expect(fires('excuse', text, { kind: 'letter' })).toBe(true);
    });
    it("does not flag collecting one's thoughts with no circumstance blamed", () => {
      const text =
        'I paused before the last question, so I could collect my thoughts, and then I gave 3 examples.';
      expect(fires('excuse', text)).toBe(false);
    });
  });

  describe('round 43 forms, the room', () => {
    it('flags a broken aircon that left the writer unable to concentrate', () => {
      const text =
        "The aircon in the waiting room was broken, so by the time I came in I was sweating through my shirt and couldn't concentrate on your questions.";
      expect(fires('excuse', text)).toBe(true);
    });
    it('does not flag a hot kitchen the writer worked in', () => {
      const text = 'I ran a hot kitchen of 12 cooks through 300 covers a night and kept every plate on time.';
      expect(fires('excuse', text)).toBe(false);
    });
  });

  describe('round 45 forms', () => {
    it.each([
      'The waiting hall was very hot and I had been sitting there for 2 hours, so my mind was not fresh when you asked about targets.',
      'That question about cutting 15% from a departmental budget was unfair for someone coming from the Coast Guard.',
    ])('flags %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });
    it('does not flag unfair questions in one sentence and a number in the next', () => {
      const text =
        'Writing exam questions is careful work. A question that is tricky for the wrong reasons tells you nothing; I rewrote 52 of them.';
      expect(fires('excuse', text, { kind: 'letter' })).toBe(false);
    });
  });

  describe('round 46 forms', () => {
    it('flags a question called unfair after a long description of it', () => {
      const text =
        'The question about closing a sale with an unwilling customer was unfair for a fresher, and that is why my answer was weak.';
      expect(fires('excuse', text, { kind: 'call' })).toBe(true);
    });
  });

  describe('round 47 forms', () => {
    it('flags a question called a trick question after a long description of it', () => {
      const text =
        'To be fair, that question about selling a board to a customer who already owns three was a trick question, and nobody could have answered it well.';
      expect(fires('excuse', text, { kind: 'call' })).toBe(true);
    });
  });

  describe('round 47 forms, transport', () => {
    it('flags a broken-down matatu', () => {
      const text =
        'My answers on the cash-handling exercise were slow because the matatu from Kapsabet broke down on the way.';
      expect(fires('excuse', text)).toBe(true);
    });
  });

  describe('round 49 forms', () => {
    it.each([
      'I had been up until 4 a.m. filing a council story, so my copy test was nowhere near my usual standard.',
      'Load-shedding knocked out the trains that morning, which is why I walked in 25 minutes late.',
    ])('flags %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });
    it('does not flag staying up late for the work', () => {
      expect(fires('excuse', 'I was up until 4 a.m. on election night and filed 3 stories by dawn.')).toBe(
        false,
      );
    });
  });

  describe('round 50 forms', () => {
    it('flags a broken-down bus that left the writer in no state to think', () => {
      const text =
        'The bus broke down and I ran the last mile, so I was in no state to think straight when you gave me the coding problem.';
      expect(fires('excuse', text)).toBe(true);
    });
  });

  describe('round 51 forms', () => {
    it.each([
      'My answer was weak, but in fairness the question came with no context about your class sizes, and I was given no time to prepare it.',
      'The questions came one after another and the room was so warm that it was hard to collect my thoughts.',
      'My answers were not what they should have been, but the bus from Hackney broke down, so I could not think straight.',
    ])('flags %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });
    it('does not flag a warm welcome', () => {
      expect(fires('excuse', 'Your office was so warm and welcoming, and I cut waste by 20%.')).toBe(false);
    });
  });

  describe('round 52 forms', () => {
    it.each([
      'My answer was not good because the tro-tro I took broke down at Kaneshie.',
      'The bus from Margao was so delayed that I reached with five minutes to spare.',
      'The question on claims was not in the job description, so I could not have prepared for it.',
      'The buses were all cancelled because of the strike, so by the time I got to you I could not concentrate.',
    ])('flags %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });
    it('does not flag work that was not in the job description', () => {
      expect(fires('excuse', 'Payroll was not in the job description, yet I ran it for 40 staff.')).toBe(
        false,
      );
    });
  });

  describe('round 53 forms', () => {
    it.each([
      'I-10 was backed up for an hour behind a wreck, so I came in rattled.',
      'I must say the product quiz was unfair.',
      'The titration practical was unfair: the burettes had not been calibrated.',
      'The result I gave you was off through no fault of mine.',
      'The questions were about brands, which no ordinary shop assistant would know, and that is why my score was low.',
    ])('flags %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });
    it.each([
      'I was a nervous wreck at first, so I wrote down my 3 points.',
      'The old shift test was unfair to workers on nights, so I rewrote it.',
      'I backed up the files every night, so I came in early on Mondays.',
    ])('does not flag %s', (text) => {
      expect(fires('excuse', text)).toBe(false);
    });
  });

  describe('round 54 forms', () => {
    it('flags a microbus stuck on the road that left the writer tired', () => {
      const text =
        'The microbus from Giza was stuck on the Ring Road for ninety minutes, so I arrived tired.';
      expect(fires('excuse', text)).toBe(true);
    });
  });

  describe('a sentence that points back at the one before', () => {
    // The caseless pattern `pointsBack` stands in for, kept here as its specification.
    const POINTS_BACK =
      /^(?:that|this)(?:'s| is| was) (?:partly |mostly |largely |really |also |exactly )?(?:why|the reason|what)\b/i;
    it.each([
      'That is why I could not answer your question.',
      "that's partly the reason my answers were thin",
      'This was what threw me.',
      'THAT IS WHY',
      'That is exactly why.',
      'That was also the reason',
      'That is whyever',
      'That is the reasoning',
      'Those are why',
      'That is, why not',
      "That's what",
      'this is  why',
      'That is partly mostly why',
      'That was the reason_',
      'That is what2',
      '',
      'That',
    ])('answers as the pattern does: %s', (text) => {
      expect(pointsBack(text)).toBe(POINTS_BACK.test(text));
    });
  });

  describe('round 55 forms', () => {
    it.each([
      "I had been at a client's year-end closing until three in the morning and had barely two hours of sleep, which is why I was not able to give the figures.",
      "The bus was 40 minutes behind so I ran in without reading the menu, that's why I mixed up the specials.",
    ])('flags %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });
  });

  describe('round 56 forms', () => {
    it.each([
      'The night before, the motorway was blocked for hours and I slept very little. That is why.',
      'My rickshaw was stuck in water for an hour, so I reached your office upset.',
    ])('flags %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });
    it('does not take a longer sentence opening "That is why" as the whole link', () => {
      const text = 'The night shift ran until 6. That is why the team trusts my handovers, 40 a month.';
      expect(fires('excuse', text)).toBe(false);
    });
  });

  describe('round 57 forms', () => {
    it('flags a bridge that was up', () => {
      const text = 'The bridge on the Intracoastal was up for forty minutes, so I came in rushed.';
      expect(fires('excuse', text)).toBe(true);
    });
  });

  describe('round 60 forms', () => {
    it.each([
      'The traffic on the Via Expresa held me up for forty minutes and I had no time to collect my thoughts.',
      'Your son fired the questions at me so quickly that I could not show you what I know.',
    ])('flags %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });
  });

  describe('round 61 forms', () => {
    it.each([
      'I was late and flustered after the A9 was closed at Daviot, which is why I was gabbling.',
      'I was talking fast, but that was because the metro was stopped for 30 minutes.',
    ])('flags %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });
  });

  describe('round 62 forms', () => {
    it.each([
      'The tramway was stopped for forty minutes because of a breakdown, so I arrived stressed.',
      'The roadworks held me up so badly that I got there late, which is why I was rabbiting on so fast.',
    ])('flags %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });
    it('does not flag a storm season that made the writer want the job', () => {
      const text =
        'Hearing how your team handles the storm season made me want this job even more: 120 claims.';
      expect(fires('excuse', text)).toBe(false);
    });
  });

  describe('round 63 forms', () => {
    it.each([
      "The Northern Line was down that morning, so I got in with no time to settle and my head wasn't straight for it.",
      'The jam on the Federal Highway got me to your office flustered.',
      'I apologise for arriving twenty minutes late; the S-Bahn was stopped outside Oerlikon for half an hour.',
    ])('flags %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });
    it("does not flag 'it was unfair' said of the writer's own remark", () => {
      const text =
        "I owe you an apology for my comment about guests from the North. It was unfair, and it isn't how I'd treat anyone.";
      expect(fires('excuse', text)).toBe(false);
    });
    it("still flags 'it was unfair' said of the question", () => {
      expect(fires('excuse', 'The last question came out of nowhere. It was unfair.')).toBe(true);
    });
  });

  describe('round 64 forms', () => {
    it('flags fog that had the road backed up', () => {
      const text =
        'Sorry again for being twenty minutes behind; the fog had the Outer Ring Road backed up right to Kenmount.';
      expect(fires('excuse', text)).toBe(true);
    });
    it('does not flag a road backed up as the work', () => {
      const text =
        'I rerouted 40 trucks when the crash had the bypass backed up, and every load arrived on time.';
      expect(fires('excuse', text)).toBe(false);
    });
  });

  describe('round 65 forms', () => {
    it('flags a court hearing blamed for the answers', () => {
      const text =
        'My annulment hearing was that same morning, so my head was still in the courtroom, and that is why my answers came out weak.';
      expect(fires('excuse', text)).toBe(true);
    });
  });

  describe('round 67 forms', () => {
    it.each([
      "Your examiner kept talking to me the whole time, and that's the reason I hit the cone.",
      'That question was really outside the job description I was given, which is why my answer was short.',
    ])('flags %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });
    it('does not flag work outside the job description taken on', () => {
      const text = 'I took on audits outside my job description and cut missed readings from 12 to 0.';
      expect(fires('excuse', text)).toBe(false);
    });
  });

  describe('round 68 forms', () => {
    it('flags a question said to have nothing to do with the job', () => {
      const text =
        "That question had nothing to do with a social educator's job. That is the reason my answer was poor.";
      expect(fires('excuse', text)).toBe(true);
    });
  });

  describe('round 69 forms', () => {
    it.each([
      "Highway 29 was solid construction traffic, so that's why I was talking a mile a minute.",
      "The tram drivers were on strike and I had to run, that's why I was out of breath and not focused.",
      'The fish delivery arrived late and your sous-chef gave me the wrong mise en place list.',
    ])('flags %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });
    it('does not flag a repair time on the line that dropped', () => {
      const text = 'Our average repair time on the line dropped from 95 minutes to 40.';
      expect(fires('excuse', text)).toBe(false);
    });
  });

  describe('round 71 forms', () => {
    it('flags a late ferry that the writer was seen out of breath after', () => {
      const text =
        'The ferry from Red Hook came in late and I had to run up from the dock, so you saw me out of breath.';
      expect(fires('excuse', text)).toBe(true);
    });
  });

  describe('round 72 forms', () => {
    it('flags struggling to keep my eyes open', () => {
      const text =
        'I completely blew the coding test, but I had come straight off a night shift and was struggling to keep my eyes open.';
      expect(fires('excuse', text)).toBe(true);
    });
  });

  describe('round 73 leftovers', () => {
    it.each([
      'I messed up the corner, but the mortar was far too wet and the wind was blowing sand everywhere, so nobody was going to keep it plumb.',
      'The dryer was so loud and the table kept wobbling, so I never got a clean line on the topknot.',
    ])('flags %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });
    it.each([
      'The kennel block is loud at feeding time, and I like that.',
      'The wind was blowing hard the day we topped out the 2024 estate, and we finished on time.',
      'I never got a complaint in 6 years on the front desk.',
    ])('does not flag %s', (text) => {
      expect(fires('excuse', text)).toBe(false);
    });
  });

  describe('round 74 forms', () => {
    it.each([
      'The butter had been left out in the heat of the kitchen, so the lamination did not hold.',
      'The internet kept dropping because of the storm, so I lost half of your question.',
    ])('flags %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });
    it.each([
      'We rebuilt the proving room, so the dough did not stick to the trays after 2024.',
      'I lost half of the first season to an injury, and came back to win 3 races.',
    ])('does not flag %s', (text) => {
      expect(fires('excuse', text)).toBe(false);
    });
  });

  describe('round 75 forms', () => {
    it('flags a broken-down daladala tied to the sweating', () => {
      const text =
        'The daladala broke down on Morogoro Road, so I ran the last kilometre, and that is why I was sweating all through the interview.';
      expect(fires('excuse', text)).toBe(true);
    });
    it.each([
      'Your plans for the new lunch menu made me even more keen on the role.',
      "I'm sorry I didn't have an answer when you asked what I would do if the bus got stuck in a whiteout.",
    ])('does not flag %s', (text) => {
      expect(fires('excuse', text)).toBe(false);
    });
    it('still flags a lunch that made me sluggish', () => {
      expect(fires('excuse', 'My lunch made me sluggish in the afternoon panel.')).toBe(true);
    });
  });

  describe('round 76 forms', () => {
    it('flags answers blamed on a morning at the courthouse', () => {
      const text =
        'I came to the interview straight from the courthouse with my mind still there. That is why my answers on the forecasting question were so short.';
      expect(fires('excuse', text)).toBe(true);
    });
  });

  describe('round 77 forms', () => {
    it('flags a bombed test put down to the traffic', () => {
      const text =
        'I know I bombed the route-planning test. That was the traffic: a crash on the M6 kept me at a standstill for 50 minutes.';
      expect(fires('excuse', text)).toBe(true);
    });
    it('does not flag a traffic plan that was the work', () => {
      const text = 'It was the traffic management plan I rewrote that cut the delays at the depot by 20%.';
      expect(fires('excuse', text)).toBe(false);
    });
  });

  describe('round 78 forms', () => {
    it.each([
      'The Metropolitano broke down at Javier Prado and I had to run, so I walked in with no time to prepare.',
      'The headset you gave me was faulty and the room next door was so noisy. It was an unfair way to test anyone.',
    ])('flags %s', (text) => {
      expect(fires('excuse', text)).toBe(true);
    });
    it('does not flag a breakdown the writer fixed', () => {
      expect(fires('excuse', 'When our walk-in fridge broke down, I moved the stock in 20 minutes.')).toBe(
        false,
      );
    });
  });
});
