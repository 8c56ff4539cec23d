import { describe, expect, it } from 'vitest';
import { fires } from '../test-support';

describe('minor-mistake', () => {
  it.each([
    'I was a little nervous at the start.',
    'My nerves got the better of me.',
    'I was talking too fast in the first half.',
    'I stumbled over my words.',
    'I was sweating through the first question.',
    'Sorry for fidgeting.',
    'I rambled on the pricing question.',
    'I realise I was talking a mile a minute during the first half.',
    'I spoke so quickly at the start.',
    'I raced through my answers on the budget.',
    'My hands were shaking when I handed over the portfolio.',
    'You may have noticed my voice shaking.',
    'I mumbled my way through the introduction.',
    'I blushed when you asked about my thesis.',
    'I tripped over my tongue on the first question.',
    'I was a bit anxious in the first few minutes.',
    'I was rushed and rather nervous when you asked about the budget.',
  ])('flags a small slip: %s', (text) => {
    expect(fires('minor-mistake', text)).toBe(true);
  });

  it.each([
    'I worked on the peripheral nervous system project.',
    'I stumbled across your paper while preparing.',
    'I answered 200 support calls a week.',
    'I know candidates can find panels intimidating.',
    'We sweat the small details on every launch.',
    'I took sweat equity in my first start-up.',
    'I was anxious to hear more about the team.',
    'The dashboard turned red when stock ran low, and I fixed the reorder rule.',
    'I answered quickly and accurately on the call-centre floor.',
    'I spent the launch week shaking hands with every store manager.',
    'I raced through the backlog in two weeks and cleared 400 tickets.',
    'We counted butterflies on the reserve every spring.',
    'I introduced sweat-rate testing for a squad of 34.',
    'I have been sweating copper joints for twelve years.',
  ])('does not flag unrelated uses: %s', (text) => {
    expect(fires('minor-mistake', text)).toBe(false);
  });

  it.each([
    'I noticed I kept saying "um" a lot.',
    'I kept saying um.',
    'Sorry for all the ums and ahs.',
    'I kept reaching for my water glass.',
    'I kept sipping my water.',
    'I was tapping my pen the whole time.',
    'Sorry about the pen-tapping.',
    'I kept fiddling with my lanyard.',
  ])('flags filler words and fidgets: %s', (text) => {
    expect(fires('minor-mistake', text)).toBe(true);
  });

  it.each(['I cut water use at the plant by 20%.', 'I designed the pen packaging for the spring range.'])(
    'leaves water and pens at work alone: %s',
    (text) => {
      expect(fires('minor-mistake', text)).toBe(false);
    },
  );

  it.each([
    'I kept clearing my throat.',
    'I ummed and ahhed a lot.',
    'I noticed I said "like" far too often.',
  ])('flags throat-clearing and quoted filler words: %s', (text) => {
    expect(fires('minor-mistake', text)).toBe(true);
  });

  describe('whose slip it is', () => {
    it.each([
      'I kept yawning through your first questions.',
      'Was a bit nervous on the day and talked too fast.',
      'Sorry for all the fidgeting.',
    ])('flags the writer’s own slip: %s', (text) => {
      expect(fires('minor-mistake', text)).toBe(true);
    });

    it.each([
      'I ran a group for teenagers who stammer or rush when they talk, and 75% reported less avoidance.',
      'You asked about my stuttering clinic: it now sees 40 families a month.',
      'I spotted fidget toys as a trend eight months early, and the range sold £1.1m.',
    ])('does not flag slips that belong to others or to the work: %s', (text) => {
      expect(fires('minor-mistake', text)).toBe(false);
    });
  });

  describe('nerves shown by the body', () => {
    it.each(['I could feel my face going red.', 'My hands were a little shaky during the demo.'])(
      'flags: %s',
      (text) => {
        expect(fires('minor-mistake', text)).toBe(true);
      },
    );

    it('does not flag a sweat-resistant product', () => {
      expect(fires('minor-mistake', 'I developed a sweat-resistant sunscreen that sells 40,000 units.')).toBe(
        false,
      );
    });
  });

  it('flags stumbling over names, not being good with nervous clients', () => {
    expect(fires('minor-mistake', 'I know I stumbled over a few of the drug names.')).toBe(true);
    expect(fires('minor-mistake', "I'm good with nervous first-timers.")).toBe(false);
  });

  // Across the blind sets, a lost thread was labelled a small slip only beside nerves or blushing,
  // which are flagged on their own; told after a verdict or a blamed circumstance it was not.
  it('leaves a lost thread to the verdict or the excuse it belongs to', () => {
    expect(fires('minor-mistake', "The tablets make me foggy, so that's why I lost my thread.")).toBe(false);
    expect(fires('minor-mistake', 'It was a train wreck. I lost the thread halfway through.')).toBe(false);
    expect(fires('minor-mistake', 'I went bright red and lost my train of thought.')).toBe(true);
  });

  it.each([
    'I started a puppy session for fidgety first-timers, and 27 of 30 rebooked.',
    'Our Sweat and Stretch class went from 8 regulars to 26.',
    'I ran the lab’s sweat test service for cystic fibrosis screening.',
    'I led a whole-house repipe, sweating all the copper joints myself.',
  ])('does not flag the work: %s', (text) => {
    expect(fires('minor-mistake', text)).toBe(false);
  });

  describe('things that sweat', () => {
    it.each([
      'We talked about your cheeses sweating in the cold store.',
      'We started sweating the onions in batches the night before.',
    ])('does not flag: %s', (text) => {
      expect(fires('minor-mistake', text)).toBe(false);
    });

    it.each(['I was sweating a lot during the practical.', 'I was sweating the whole interview.'])(
      'flags: %s',
      (text) => {
        expect(fires('minor-mistake', text)).toBe(true);
      },
    );
  });

  describe('round 12 forms', () => {
    it.each([
      'You will have seen how nervous I was, with my knee bouncing under the table.',
      'I was so nervous that I lost my thread on the rota question.',
    ])('flags: %s', (text) => {
      expect(fires('minor-mistake', text)).toBe(true);
    });

    it.each([
      'On the old houses I sweated over 1,800 copper joints with no leaks.',
      'We made fidget blankets for residents who could not settle.',
      'I took the slides out of order and lost the thread of my own argument.',
      'The alarm went off, and after that I lost my train of thought.',
    ])('does not flag: %s', (text) => {
      expect(fires('minor-mistake', text)).toBe(false);
    });
  });

  it.each([
    'I played 112 shows on a circuit of sweaty 900-capacity clubs.',
    'Thanks for the sweaty demo class at the end.',
    'Sweating onions for your tare was the best part of my month.',
    'We solved the sweating chilled water pipes with new insulation.',
  ])('does not flag sweat that is not the writer’s: %s', (text) => {
    expect(fires('minor-mistake', text)).toBe(false);
  });

  it('still flags sweaty palms', () => {
    expect(fires('minor-mistake', 'I know my sweaty palms were obvious.')).toBe(true);
  });

  it.each([
    'I gabbled through the whole hour at twice my normal speed.',
    'I clicked your pen through the entire hour.',
  ])('flags: %s', (text) => {
    expect(fires('minor-mistake', text)).toBe(true);
  });

  it('flags asking pardon for talking fast and stumbling over figures', () => {
    expect(fires('minor-mistake', 'Please forgive me for talking so fast.')).toBe(true);
    expect(fires('minor-mistake', 'Sorry for stumbling over the figures.')).toBe(true);
  });

  it.each(['Please forgive how fast I was talking.', 'I heard myself rushing through the answers.'])(
    'flags: %s',
    (text) => {
      expect(fires('minor-mistake', text)).toBe(true);
    },
  );

  it('does not flag an hour that went too quickly', () => {
    expect(fires('minor-mistake', 'Thank you for an hour that went by far too quickly.')).toBe(false);
    expect(fires('minor-mistake', 'I went far too quickly through the budget.')).toBe(true);
  });

  describe('round 17: whose fidgeting it is', () => {
    it('does not flag pupils fidgeting, the subject of the work', () => {
      const text = 'Second-graders fidgeting through circle time are a familiar sight in my sessions.';
      expect(fires('minor-mistake', text)).toBe(false);
    });

    it('still flags my own fidgeting', () => {
      expect(fires('minor-mistake', 'I was fidgeting with my pen the whole time.')).toBe(true);
    });
  });

  describe('round 18: a name stumbled over', () => {
    it('flags stumbling over a name', () => {
      expect(fires('minor-mistake', 'I stumbled over the name of your lead compound several times.')).toBe(
        true,
      );
    });

    it('does not flag a name someone else stumbled over', () => {
      expect(
        fires('minor-mistake', 'Callers often stumbled over the name of the scheme, so we renamed it.'),
      ).toBe(false);
    });
  });

  describe('round 22: fidgeting as the topic of the work', () => {
    it.each([
      'Your question about fidgeting in class is one I answer often.',
      'Many of the children on my caseload fidget, rock or chew their sleeves.',
    ])('does not flag: %s', (text) => {
      expect(fires('minor-mistake', text)).toBe(false);
    });
  });

  describe('round 28 forms', () => {
    it('flags hands that were not the steadiest', () => {
      expect(
        fires('minor-mistake', "You were good not to mention that my hands weren't the steadiest."),
      ).toBe(true);
    });
  });

  describe('round 30 forms', () => {
    it('flags twisting a lanyard and a wobbling voice', () => {
      expect(
        fires('minor-mistake', 'I was twisting my lanyard the whole way through and my voice wobbled.'),
      ).toBe(true);
    });
    it("does not flag a pupil's fidgeting", () => {
      expect(
        fires(
          'minor-mistake',
          'Half of the children I started with were nervous, and one boy fidgeted so much he dropped his folder.',
        ),
      ).toBe(false);
    });
  });

  describe('round 36 forms', () => {
    it('flags rushing the answers and twisting rings', () => {
      const text = 'I know I was rushing my answers and twisting my rings for the whole first half.';
      expect(fires('minor-mistake', text)).toBe(true);
    });
    it('does not flag a frame stutter in a game', () => {
      const text =
        'I moved texture streaming off the render thread, which removed the frame stutter in the open world.';
      expect(fires('minor-mistake', text)).toBe(false);
    });
  });

  describe('round 37 forms', () => {
    it('does not flag copper sweated by a plumber', () => {
      const text = 'Last year I ran 640 service calls and sweated or crimped every copper repair myself.';
      expect(fires('minor-mistake', text)).toBe(false);
    });
  });

  describe('round 39 forms', () => {
    it.each(['Sorry for being such a bag of nerves in there.', 'I stumbled over half my answers.'])(
      'flags %s',
      (text) => {
        expect(fires('minor-mistake', text)).toBe(true);
      },
    );
    it('does not flag losing my place in the numbers, a plain description', () => {
      const text = 'I lost my place in the numbers, so let me give them properly.';
      expect(fires('minor-mistake', text)).toBe(false);
    });
  });

  describe('round 44 forms', () => {
    it.each([
      'I was talking a hundred miles an hour the whole time.',
      'I kept fiddling with my cap the whole time.',
    ])('flags %s', (text) => {
      expect(fires('minor-mistake', text, { kind: 'call' })).toBe(true);
    });
    it('does not flag fitting a cap for a customer', () => {
      expect(fires('minor-mistake', 'I fitted 40 sets a week and never lost a wheel cap.')).toBe(false);
    });
  });

  describe('round 71 forms', () => {
    // Three writers (h4-v39, h199-v09, h250-v03) read a bare "rushed through it" as a judgement of
    // the answer; beside shaking or fidgeting it is a nerves slip, caught by those words.
    it('does not flag a bare "I rushed through it"', () => {
      expect(fires('minor-mistake', 'Forgive me, I rushed through it.')).toBe(false);
    });
    it('still flags rushing through the answers', () => {
      expect(fires('minor-mistake', 'I am aware that I rushed through my first answers.')).toBe(true);
    });
  });

  describe('round 77 forms', () => {
    it.each([
      'In case you saw my hands shake while I stirred the first Negroni, that was first-night nerves.',
      'You may have heard me stumble over the names of your house cocktails.',
    ])('flags %s', (text) => {
      expect(fires('minor-mistake', text)).toBe(true);
    });
    it('does not flag shaking hands with the team', () => {
      expect(fires('minor-mistake', 'I was glad to shake hands with the whole bar team.')).toBe(false);
    });
  });
});
