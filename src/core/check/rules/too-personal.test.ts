import { describe, expect, it } from 'vitest';
import { fires } from '../test-support';

describe('too-personal', () => {
  it.each([
    'My husband and I are hoping to start a family.',
    'I am pregnant and due in May.',
    'We are still paying off medical debt.',
    'I really need this job to cover the rent.',
    'I was diagnosed with a chronic illness last year.',
    'We have fallen behind on rent.',
    'I am going through a divorce.',
    'My therapist says I interview badly.',
  ])('flags private matters: %s', (text) => {
    expect(fires('too-personal', text)).toBe(true);
  });

  it.each([
    'I refinanced $42 million of debt at a lower rate.',
    'We cut the monthly warehouse bill by $18,000.',
    'Eviction filings fell 23% among participants.',
    'I ran the prenatal clinic’s scheduling.',
    'Our team grew revenue by 12%.',
  ])('does not flag professional facts: %s', (text) => {
    expect(fires('too-personal', text)).toBe(false);
  });

  it.each([
    'I should tell you that I am four months pregnant.',
    'I have had terrible morning sickness all week.',
    "We're expecting our second baby in May.",
    'My daughter was diagnosed with type 1 diabetes last month.',
    'My father is in hospital after a fall.',
    "We've been in and out of hospital since June.",
    "I've been treated for an anxiety disorder for years.",
    'My meds make my mouth dry.',
    'I had surgery in March and I am still recovering.',
    "I'm having chemo on Fridays.",
    "I'm in therapy for it.",
    'My son was in A&E overnight with an asthma attack.',
    'I have recently started new blood pressure medication.',
  ])('flags pregnancy, a relative’s diagnosis and treatment: %s', (text) => {
    expect(fires('too-personal', text)).toBe(true);
  });

  it.each([
    "I managed the hospital's pharmacy inventory and cut waste by 12%.",
    'Thank you for the tour of the surgery.',
    'I have surgery experience from three years in theatre.',
    'I ran therapy sessions for clients with chronic pain.',
    'I am expecting to hear from the board next week.',
    'We are expecting a decision on the grant in May.',
    'I cut average discharge time for knee-replacement patients from 10 sessions to 7.',
  ])('leaves hospital and surgery work alone: %s', (text) => {
    expect(fires('too-personal', text)).toBe(false);
  });

  it.each([
    "My mum's cancer diagnosis has been hard.",
    'My husband had a stroke in May.',
    "I'm on antidepressants.",
    "I've just started a new medication.",
    'My son has been in hospital all week.',
    'I am recovering from an operation.',
    'My chemo finished last month.',
  ])('flags more health disclosures: %s', (text) => {
    expect(fires('too-personal', text)).toBe(true);
  });

  it.each([
    'I ran the hospital surgery schedule for 12 theatres.',
    'I handled medication rounds for 30 residents.',
    'I managed therapy bookings for the clinic.',
  ])('leaves clinical work alone: %s', (text) => {
    expect(fires('too-personal', text)).toBe(false);
  });

  describe('indirect wording', () => {
    it.each([
      'My husband and I are trying for a baby, so the shorter week suits us.',
      'I had a round of chemotherapy on Saturday.',
    ])('flags: %s', (text) => {
      expect(fires('too-personal', text)).toBe(true);
    });

    it('does not flag the work itself', () => {
      expect(fires('too-personal', 'I scheduled chemotherapy sessions for 300 patients a month.')).toBe(
        false,
      );
    });
  });

  describe('medical and money details told indirectly', () => {
    it.each([
      'I had my hip replaced in March, and my surgeon says I need physio twice a week.',
      "I'm on blood thinners now.",
      'I have an overactive thyroid.',
      'I have been paying off more than £40,000 of debt, and the bank is pressing me.',
    ])('flags: %s', (text) => {
      expect(fires('too-personal', text)).toBe(true);
    });

    it('does not flag clients’ debts', () => {
      expect(fires('too-personal', 'I helped 300 clients plan how to pay off their debts.')).toBe(false);
    });
  });

  describe('medical detail by the doctor it names', () => {
    it.each([
      'My neurologist recently switched me to a new preventive.',
      "I've had chronic migraines since my twenties.",
    ])('flags: %s', (text) => {
      expect(fires('too-personal', text)).toBe(true);
    });

    it('does not flag a wedding portfolio', () => {
      expect(fires('too-personal', "I'd be happy to send my wedding portfolio.")).toBe(false);
    });
  });

  it.each([
    "I've had a rough year with money, and I'm three months behind on the loan for my van.",
    "I've had two operations on my lower back and I'm on strong painkillers.",
  ])('flags: %s', (text) => {
    expect(fires('too-personal', text)).toBe(true);
  });

  it('flags a condition named outright: "I\'m type 1 diabetic and my blood sugar dropped"', () => {
    expect(fires('too-personal', "I'm type 1 diabetic and my blood sugar dropped.")).toBe(true);
  });

  it('flags the writer’s kidney stone and painkillers, not a ward’s pneumonia audit', () => {
    const own = 'I spent the night before in A&E with a kidney stone and was on strong painkillers.';
    expect(fires('too-personal', own)).toBe(true);
    expect(fires('too-personal', 'I led our ventilator-associated pneumonia bundle audit.')).toBe(false);
  });

  it('flags chemotherapy for breast cancer, not a ward that treats it', () => {
    expect(fires('too-personal', 'I am halfway through chemotherapy for breast cancer.')).toBe(true);
    expect(fires('too-personal', 'Our patients with breast cancer waited 30% less after the change.')).toBe(
      false,
    );
  });

  it('does not flag a treatment plan or report as the writer’s medical detail', () => {
    expect(fires('too-personal', 'I can send you my treatment plan template.')).toBe(false);
    expect(fires('too-personal', 'I will be glad to send you my treatment report with photos.')).toBe(false);
  });

  it.each([
    'My partner and I are also expecting our first baby in May.',
    'I have type 1 diabetes and was briefly in hospital last spring.',
  ])('flags: %s', (text) => {
    expect(fires('too-personal', text)).toBe(true);
  });

  describe('round 10 details', () => {
    it.each([
      'Since my heart bypass in May I have felt fine.',
      'With the new blood pressure tablets I am steady again.',
      'My father had a minor stroke on Sunday.',
      'My partner and I are in the middle of IVF.',
      "I'm two payments behind on my van.",
      'I ran up heavy credit card debt last year.',
      'Bailiffs have been to my door twice.',
    ])('flags: %s', (text) => {
      expect(fires('too-personal', text)).toBe(true);
    });

    it.each([
      'I would like to add to my answer on treatment planning.',
      'Our pregnancy rate rose from 30% to 44% across 700 IVF cycles.',
      'I handled rent arrears and bailiff cases for 90 clients.',
      'I have seen what a good officer can do for a family that has fallen behind on the rent.',
      'Over the year, 12 households in arrears agreed plans instead of facing eviction.',
    ])('does not flag: %s', (text) => {
      expect(fires('too-personal', text)).toBe(false);
    });
  });

  it.each(["I've been off work with depression since spring.", 'Money has been really tight this year.'])(
    'flags: %s',
    (text) => {
      expect(fires('too-personal', text)).toBe(true);
    },
  );

  it('flags a new course of any named medication, not the clinic’s treatment plans', () => {
    expect(fires('too-personal', 'I started new ADHD medication last week.')).toBe(true);
    expect(fires('too-personal', 'After I changed our treatment timing, losses fell by half.')).toBe(false);
    expect(fires('too-personal', 'I started a new treatment protocol for the ward.')).toBe(false);
  });

  it.each(["I'm on a new dose of medication for my anxiety.", "I'm waiting for a second knee operation."])(
    'flags: %s',
    (text) => {
      expect(fires('too-personal', text)).toBe(true);
    },
  );

  it.each(['The ward was waiting for a new scanner.', 'I arranged pain medication for my patients.'])(
    'does not flag: %s',
    (text) => {
      expect(fires('too-personal', text)).toBe(false);
    },
  );

  describe('round 12 forms', () => {
    it.each([
      "I've got two bulging discs and I'm on anti-inflammatories.",
      'My father has stage 3 colon cancer.',
      'I was recovering from typhoid that week.',
    ])('flags: %s', (text) => {
      expect(fires('too-personal', text)).toBe(true);
    });

    it('does not flag a baker’s wedding orders', () => {
      expect(fires('too-personal', 'I can send you photos of my wedding orders.')).toBe(false);
    });
  });

  it.each([
    'I spent the night in hospital with my son.',
    'My daughter, who has sickle cell disease, was in pain.',
  ])('flags: %s', (text) => {
    expect(fires('too-personal', text)).toBe(true);
  });

  it.each(['My father had his second heart attack that morning.', 'My dad had a triple bypass on Monday.'])(
    'flags: %s',
    (text) => {
      expect(fires('too-personal', text)).toBe(true);
    },
  );

  it('flags a slipped disc and its painkillers', () => {
    expect(fires('too-personal', 'My slipped disc means physio twice a week.')).toBe(true);
  });

  it.each([
    'The call was from my doctor about my thyroid biopsy.',
    'I will need a partial thyroidectomy in July.',
    "I'm still recovering from hernia surgery.",
  ])('flags: %s', (text) => {
    expect(fires('too-personal', text)).toBe(true);
  });

  it('flags a changed antidepressant dose', () => {
    expect(fires('too-personal', 'My antidepressant dose was changed that week.')).toBe(true);
  });

  describe('round 17: medication as the work', () => {
    it.each([
      'At my current pharmacy I started a medication review service for customers on five or more prescriptions.',
      'I started a medication safety audit on the ward that cut errors by 40%.',
    ])('does not flag: %s', (text) => {
      expect(fires('too-personal', text)).toBe(false);
    });

    it('still flags starting medication oneself', () => {
      expect(fires('too-personal', 'I recently started new medication and it leaves me foggy.')).toBe(true);
    });
  });

  describe('round 18: money and medication in other words, and work that sounds personal', () => {
    it.each([
      "I'm £2,000 over my overdraft limit and the bank has been ringing me every day.",
      'The bridging loan on our house runs out at the end of the month and our savings are close to gone.',
      "I got diagnosed with ADHD last year and I'm on 36mg of methylphenidate.",
      'My cardiologist has moved me onto a higher dose of beta blockers.',
    ])('flags: %s', (text) => {
      expect(fires('too-personal', text)).toBe(true);
    });

    it.each([
      'At my current surgery I answer around 150 calls on a Monday morning.',
      'I would be delighted to bring my wedding experience to Petal & Stem.',
      'I kept the wedding budget for my shop within 3% of forecast.',
      'I introduced a rolling cash forecast that reduced our overdraft use by 600,000 euros.',
      'Our savings were close to 12% of spend in the first year.',
    ])('does not flag: %s', (text) => {
      expect(fires('too-personal', text)).toBe(false);
    });
  });

  describe('round 19: conditions and medicines named, and conditions as the work', () => {
    it.each([
      'The sumatriptan I take for it leaves me foggy.',
      'My IBS flared up the night before.',
      'With my coeliac disease I spent the afternoon with stomach cramps.',
    ])('flags: %s', (text) => {
      expect(fires('too-personal', text)).toBe(true);
    });

    it.each([
      'So here is my diabetes experience set out clearly.',
      'I run a clinic with my diabetes patients every Tuesday.',
    ])('does not flag: %s', (text) => {
      expect(fires('too-personal', text)).toBe(false);
    });
  });

  describe('round 20: a flare and painkillers, and patients trying to conceive', () => {
    it("flags a flare of the writer's condition and painkillers", () => {
      const text =
        'I had been up most of the night with an endometriosis flare and was on strong painkillers.';
      expect(fires('too-personal', text)).toBe(true);
    });

    it('does not flag patients exhausted by years of trying to conceive', () => {
      const text = 'The patients I coordinate care for are often exhausted by years of trying to conceive.';
      expect(fires('too-personal', text)).toBe(false);
    });
  });

  describe('round 22: dental work and painkillers', () => {
    it('flags a root canal and strong painkillers', () => {
      const text = 'I had a root canal the day before and was on strong painkillers.';
      expect(fires('too-personal', text)).toBe(true);
    });
  });

  describe('round 22: sleeping tablets', () => {
    it('flags being on sleeping tablets', () => {
      expect(fires('too-personal', 'I have been on sleeping tablets for insomnia since March.')).toBe(true);
    });
  });

  describe('round 24 look-alikes', () => {
    it('does not flag a medication competency assessment', () => {
      expect(
        fires('too-personal', 'I would be glad to send you my latest medication competency assessment.'),
      ).toBe(false);
      expect(fires('too-personal', 'I had to change my medication last month.')).toBe(true);
    });
  });

  describe('round 26 forms', () => {
    it('flags a break-up and arrears', () => {
      expect(fires('too-personal', 'Things have been hard since my partner and I split up in January.')).toBe(
        true,
      );
      expect(fires('too-personal', "I'm behind on my council tax and rent.")).toBe(true);
      expect(fires('too-personal', 'When we split up the work, my half shipped first.')).toBe(false);
    });
  });

  describe('round 27 forms', () => {
    it('flags losing a home', () => {
      expect(fires('too-personal', "The bank's repossessing my flat.")).toBe(true);
      expect(fires('too-personal', "I've been sleeping on my sister's couch for a month.")).toBe(true);
      expect(fires('too-personal', 'I handled 40 evictions a year for the housing trust.')).toBe(false);
    });
  });

  describe('round 28 forms', () => {
    it.each([
      'Between the IVF appointments and the house move, it has been a busy spring.',
      'Since the divorce went through in the spring, I have moved closer to town.',
      'I went through a debt relief order myself in 2024, and I still have a county court judgment on my credit file.',
    ])('flags %s', (text) => {
      expect(fires('too-personal', text)).toBe(true);
    });
    it.each([
      'Last month a single father came to me with £41,000 of debt.',
      'The household was behind on the mortgage and his wife was not sleeping.',
      'Of the 212 men I started on treatment in custody, 81% were linked with a prescriber.',
    ])('does not flag casework: %s', (text) => {
      expect(fires('too-personal', text)).toBe(false);
    });
  });

  describe('round 29 forms', () => {
    it('flags card debt since hours were cut', () => {
      expect(fires('too-personal', "I've got £6k on credit cards since my hours got cut.")).toBe(true);
    });
  });

  describe('round 29 forms', () => {
    it('flags surgery to come', () => {
      expect(
        fires(
          'too-personal',
          "I'm having my gallbladder out on the 14th, and the surgeon says I'll need two weeks.",
        ),
      ).toBe(true);
      expect(fires('too-personal', 'I am having my kitchen done next month.')).toBe(false);
    });
    it("does not flag a lawyer's clients in the middle of a divorce", () => {
      expect(fires('too-personal', 'Most of my clients come to me in the middle of a divorce.')).toBe(false);
    });
  });

  describe('round 30 forms', () => {
    it("flags a flare-up of the writer's condition", () => {
      expect(fires('too-personal', "My Crohn's had flared up that week.")).toBe(true);
    });
    it.each([
      "Thank you for explaining the Institute's plans for the bowel cancer screening trial.",
      'Before my parental leave I ran the loyalty relaunch at Braemoor Stores.',
      'My rent arrears reminder process cut the number of tenants behind from 12 to 5.',
    ])('does not flag %s', (text) => {
      expect(fires('too-personal', text)).toBe(false);
    });
    it('still flags leave to come', () => {
      expect(fires('too-personal', "I'll need maternity leave from March.")).toBe(true);
    });
  });

  describe('round 31 forms', () => {
    it('flags a business lost and its debts', () => {
      const text =
        'My practice went into liquidation last year, I am still repaying a £140,000 personal guarantee, and we have had to put the family home on the market.';
      expect(fires('too-personal', text, { kind: 'letter' })).toBe(true);
    });
  });

  describe('round 34 forms', () => {
    it('flags widowhood and fees the writer struggles to pay', () => {
      expect(
        fires(
          'too-personal',
          "I have been a widow since last year, and I have been struggling to pay my children's school fees.",
          { kind: 'letter' },
        ),
      ).toBe(true);
    });
  });

  describe('round 35 forms', () => {
    it.each([
      "I was off work for most of 2024 after a Crohn's flare-up, and I've been in remission since.",
      "I'm now in remission, so you won't need to worry about time off.",
    ])('flags %s', (text) => {
      expect(fires('too-personal', text)).toBe(true);
    });
    it.each([
      'I still attended both births by planning cover with my buddy midwife.',
      'At my current hospital I complete my medication reconciliation for every admission.',
      'My midwife colleagues and I ran the clinic on Saturdays.',
    ])('does not flag %s', (text) => {
      expect(fires('too-personal', text)).toBe(false);
    });
    it.each([
      'I was medically discharged with a lower-back injury.',
      'I still see a pain specialist every month, though it does not affect desk work.',
    ])('flags %s', (text) => {
      expect(fires('too-personal', text)).toBe(true);
    });
  });

  describe('round 36 forms', () => {
    it('does not flag paying down technical debt', () => {
      const text =
        'I appreciated the open talk about your technical debt. I am excited about helping your team pay down that debt.';
      expect(fires('too-personal', text, { kind: 'letter' })).toBe(false);
    });
    it("still flags paying down the writer's own loans", () => {
      expect(fires('too-personal', 'I am still paying down my student loans and credit cards.')).toBe(true);
    });
  });

  describe('round 38 forms', () => {
    it.each([
      "I'd been up all night in emergency with my youngest, she has severe asthma and had another bad attack.",
      'I should also tell you that I have sickle cell disease.',
    ])('flags %s', (text) => {
      expect(fires('too-personal', text)).toBe(true);
    });
    it("does not flag a supervisor's treatment integrity checks", () => {
      const text = "My supervisor's treatment integrity checks on my sessions averaged 96% last quarter.";
      expect(fires('too-personal', text)).toBe(false);
    });
  });

  describe('round 40 forms', () => {
    it.each([
      'I have fallen behind on my HDB loan and credit card payments since my last job ended.',
      "We've fallen behind on the car instalments, so this move matters a great deal to my family.",
    ])('flags %s', (text) => {
      expect(fires('too-personal', text)).toBe(true);
    });
  });

  describe('round 41 forms', () => {
    it('flags surgery the writer is booked in for', () => {
      const text = 'I am having knee surgery in March for a torn ligament, so I will need six weeks off.';
      expect(fires('too-personal', text)).toBe(true);
    });
  });

  describe('round 43 forms', () => {
    it('does not flag eviction cases the writer ran', () => {
      const text =
        'In the interview I described my eviction work only in general terms: I ran 74 eviction matters last year.';
      expect(fires('too-personal', text, { kind: 'letter' })).toBe(false);
    });
    it('still flags the writer facing eviction', () => {
      expect(fires('too-personal', 'I am facing eviction, so I need this job to start in 2 weeks.')).toBe(
        true,
      );
      expect(fires('too-personal', 'With my eviction next month, this job matters a great deal.')).toBe(true);
    });
  });

  describe('round 44 forms', () => {
    it("does not flag a letting agent's rent roll", () => {
      expect(
        fires('too-personal', 'Across my rent roll of 142 properties, my average vacancy was 11 days.'),
      ).toBe(false);
    });
    it('still flags the writer behind on their rent', () => {
      expect(fires('too-personal', 'My rent is two months behind, so this job means a lot.')).toBe(true);
    });
  });

  describe('round 45 forms', () => {
    it("does not flag an events coordinator's wedding-day timeline", () => {
      expect(
        fires('too-personal', 'I can send you my wedding-day timeline for the 48 weddings.', {
          kind: 'call',
        }),
      ).toBe(false);
    });
    it("still flags the writer's own wedding", () => {
      expect(fires('too-personal', 'My wedding is in June, so I would need 2 weeks off.')).toBe(true);
    });
  });

  describe('round 49 forms', () => {
    it("does not flag a therapist's treatment logs", () => {
      expect(fires('too-personal', 'I can bring my treatment logs for the 530 patch tests.')).toBe(false);
    });
    it("still flags the writer's own treatment", () => {
      expect(fires('too-personal', 'My treatment finishes in March, so I could start in April.')).toBe(true);
    });
  });

  describe('round 50 forms', () => {
    it("does not flag an electrician's Ex competency", () => {
      expect(
        fires('too-personal', 'I hold my Ex competency and did 85 Ex inspections.', { kind: 'call' }),
      ).toBe(false);
    });
    it('flags a parent admitted to hospital', () => {
      const text = 'My dad was admitted to cardiology at the weekend, so I was there until 2am.';
      expect(fires('too-personal', text)).toBe(true);
    });
    it('still flags an ex-partner', () => {
      expect(fires('too-personal', 'My ex and I share custody, so I need 2 days off a month.')).toBe(true);
    });
  });

  describe('round 51 forms', () => {
    it('flags weekly physio after an injury', () => {
      const text = "I had surgery in February, and I'm still in physio twice a week.";
      expect(fires('too-personal', text)).toBe(true);
    });
    it('does not flag a career in physiotherapy', () => {
      expect(fires('too-personal', "I'm in physiotherapy sales and ran 40 clinics' accounts.")).toBe(false);
    });
  });

  describe('round 55 forms', () => {
    it('flags treatment for a heart condition', () => {
      const text = 'I am undergoing treatment for a heart condition and will need two afternoons a month.';
      expect(fires('too-personal', text)).toBe(true);
    });
  });

  describe('round 60 forms', () => {
    it.each([
      "My family is deep in debt after my father's hospital bills.",
      'I am still recovering from a thyroid operation and take medication every morning.',
    ])('flags %s', (text) => {
      expect(fires('too-personal', text)).toBe(true);
    });
    it("does not flag a billing clerk's work", () => {
      expect(fires('too-personal', 'I processed 300 hospital bills a week with 2 errors.')).toBe(false);
    });
  });

  describe('round 65 forms', () => {
    it('flags an annulment', () => {
      expect(fires('too-personal', 'My annulment hearing was that same morning.')).toBe(true);
    });
  });
});
