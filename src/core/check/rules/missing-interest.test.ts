import { describe, expect, it } from 'vitest';
import { fires } from '../test-support';

describe('missing-interest', () => {
  it.each([
    'I am very interested in the role.',
    'I remain excited about joining the team.',
    'I left even more enthusiastic about the position.',
    'I would love to join Northwind.',
    'This is exactly the kind of work I want to do next.',
    'I still very much want the Facilities Manager job.',
    'My interest in the role has only grown.',
    'The review made me keener still on the Senior Designer role.',
    'Really keen on the Line Cook spot at Saltgrass.',
    'Super excited about Sprocket and the offline work.',
    'I am eager to get started on the intake backlog.',
    'I can’t wait to dig into the scheduling problem with your team.',
    'The role appeals to me even more after Tuesday.',
    "I'm still very much interested in the position.",
    'The route planning challenge really excites me.',
    'It is exactly what I have been looking for.',
    'I would jump at the chance to build the new kitchen line.',
    'I would very much like to lead the Eastgate team.',
    "I'd love the chance to contribute to the platform team.",
    'The role is a great match for what I want to do next.',
    'I really want this job.',
    'Northwind is where I want to be.',
    'This role feels like a perfect fit.',
    'Joining Northwind would be a dream.',
    'The role sounds like a great next step for me.',
    'The role is exactly where I want to take my career next.',
    'I came away more committed to the role than ever.',
    'I’m honestly buzzing about the roguelike you’re working on.',
    'I’d be thrilled to coordinate for Lanternfish Pictures.',
    'I really want this apprenticeship.',
    'I would relish doing it again with your team.',
    'I am confident this is the right next step for me.',
    'The role is exactly where I want to take that work next.',
    'The Front Office Manager role is exactly where I want to put that experience to work.',
    'Keen as for the Leading Hand role with Southfield Plumbing.',
    'I would be honoured to lead the collections team at Halsey.',
    'The Laboratory Operations Manager role is the job I want.',
    'I’d really like this job; the Asia lane is exactly my kind of work.',
    'I’d really like to manage the practice.',
  ])('is satisfied by restated interest: %s', (text) => {
    expect(fires('missing-interest', text)).toBe(false);
  });

  it.each([
    'Thank you for your time. Here is the report.',
    'If you are interested, I can send the report.',
    'It was an interesting conversation.',
    'You seemed excited about the new warehouse.',
    'Our customers were keen on the new packaging, and returns fell by 12%.',
    'The team is eager to ship the new release.',
  ])('fires when interest is never restated: %s', (text) => {
    expect(fires('missing-interest', text)).toBe(true);
  });

  it('does not apply to a withdrawal', () => {
    expect(fires('missing-interest', 'Thank you; I am withdrawing.', { purpose: 'withdraw' })).toBe(false);
  });

  describe('structural forms of interest', () => {
    it.each([
      'I would very much like the Night Shift Supervisor job at Copperfield.',
      "I'd like the Senior Glazier post at Brightpane; it is the trade I know best.",
      'I want this level two support role.',
      "I'd love the Head Groundsman job at Wyvern Park.",
      'I would be delighted to bring that scheduling work to the Transport Planner role.',
      'I would be very pleased to join the Harrowgate renal team.',
      'It would be a privilege to bring that experience to Calloway & Sons.',
      'I would love to run tastings for Ashdown Cellars.',
      "I'd love to do the same as Head Baker with your team.",
      'I should very much like to join your practice.',
      'The Archivist post is exactly what I am after.',
      'The Site Lead role is the step I have been working towards.',
      'The Depot Manager position is precisely the work I wish to do next.',
      'Your northern sites are where I want to take it.',
    ])('is satisfied by: %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });

    it.each([
      'I would be happy to send the rota template or walk your team through it.',
      "I'd be glad to meet with your operations lead next week.",
      'I would like to clarify my answer on the budget for the role.',
      'I would like to thank you for the tour of the depot.',
      'Here is the answer I wanted to give on Tuesday.',
      'I can send the report to your team.',
    ])('is not satisfied by an offer, a correction or thanks: %s', (text) => {
      expect(fires('missing-interest', text)).toBe(true);
    });
  });

  describe('interest in freer forms', () => {
    it.each([
      'I would like very much to join your lab as a Formulation Chemist.',
      'I would count it a privilege to run the front desk for the Trust.',
      "I'd be made up to work at Ferncliff Stables.",
      'I really want to run this depot for you.',
      'Honestly, this is where I want my next ten years.',
      'Copper & Kiln is the studio I have always wanted to throw for.',
      'It is my strong wish to work as Archive Officer with your team.',
      "I'd jump at the sous chef job at Marrow.",
      'I am really enthusiast to join Tessellate as Head Baker.',
      'I would be delighted to continue this research as a Postdoctoral Fellow at Kestrel.',
    ])('is satisfied by: %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });

    it.each([
      'I would be delighted to send you the stability data for your team.',
      'I want to add one thing about the budget at my last job.',
      'This is the answer I wanted to give about the rota.',
    ])('is not satisfied by offers or corrections: %s', (text) => {
      expect(fires('missing-interest', text)).toBe(true);
    });
  });

  it.each([
    'I would be very glad to bring that way of working to Ridgeway.',
    'Your plans for the academy make this the role I want most this year.',
  ])('is satisfied by: %s', (text) => {
    expect(fires('missing-interest', text)).toBe(false);
  });

  it.each([
    'The Commissioning Editor role is the work I most want to do next.',
    'Harwood & Lisle is the house I would most like to do it for.',
    'I want to run the Drovers.',
  ])('is satisfied by: %s', (text) => {
    expect(fires('missing-interest', text)).toBe(false);
  });

  it.each([
    'I really want to write for Lantern & Hook.',
    'I really want to bring that to Prairie Ridge.',
    'I want to lead Millfield.',
  ])('is satisfied by: %s', (text) => {
    expect(fires('missing-interest', text)).toBe(false);
  });

  it.each([
    "I'm dead set on the Signaller role at Midland Rail.",
    "It's the job I've wanted since I started on the railway.",
    'I want very much to work for Greaves & Lowe.',
  ])('is satisfied by: %s', (text) => {
    expect(fires('missing-interest', text)).toBe(false);
  });

  it('is satisfied by "the role is what I want most"', () => {
    expect(
      fires('missing-interest', 'The Probation Officer role within your service is what I want most.'),
    ).toBe(false);
  });

  describe('round 10 forms', () => {
    it.each([
      "I'd sure like to come work for Dale & Sons.",
      "I'd sure like to haul for Ridgeline Freight.",
      "I'm dead set on teaching at Brookvale.",
      'I would be very glad to work as a Bindery Assistant at Folio Press.',
      'It would be a great honour to start my career as a Junior Surveyor at Marlow Hythe.',
      'I would be honoured to learn from your restorers as an apprentice.',
      "I'd be proud to keep your orchards healthy.",
      "I'd love to spend my last working years looking after Ashby Greens.",
      "I'm well up for working at Tillers Yard.",
      'Keen to crew for Saltmarsh Yachts next season.',
      'The Baker role is still my top choice.',
      'The Bookkeeper post feels like the right next step for me.',
      'I came away wanting the job even more.',
    ])('is satisfied by: %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });

    // Offers and courtesy are not interest: these notes still restate nothing about the job.
    it.each([
      'Keen to talk with you again about the rota.',
      "I'd be proud to send you my logbook.",
      "I'd love to thank your team for the tour.",
      'Thank you for your time and your questions.',
      'I was up for the early start, and the tour was useful.',
    ])('is not satisfied by: %s', (text) => {
      expect(fires('missing-interest', text)).toBe(true);
    });
  });

  describe('wanting the job in everyday words', () => {
    it.each([
      'I really hope I get the chance to join the crew.',
      'Joining the Harlow team would mean a great deal to me.',
      'I can see myself building a long career at Harlow.',
      "I'd be over the moon to get the job.",
      'This is the job for me, and the rota ticks every box.',
      "I'm hungry for this role.",
      'Nothing would make me happier than working at Harlow.',
      "It's a post I'd be proud to hold.",
      "I'd love nothing more than to join the kitchen.",
      "I've wanted to work at Harlow for years.",
      "I'd feel lucky to work there.",
      "I can't think of a better place to start my career.",
      'The position really appeals.',
    ])('is satisfied by: %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });

    // Hopes for news, past pleasure and the writer's old jobs say nothing about wanting this one.
    it.each([
      'I hope to hear from you about the role soon.',
      'I hope the rest of your interviews go well.',
      "I can't see myself working nights long term.",
      'I was proud to lead that project at my last job.',
      'That project would mean a lot to our clients.',
    ])('is not satisfied by: %s', (text) => {
      expect(fires('missing-interest', text)).toBe(true);
    });
  });

  it('is satisfied by being up for the work itself', () => {
    expect(fires('missing-interest', "I'm so up for rigging on your tour, early calls and all.")).toBe(false);
  });

  it('is satisfied by the role made more attractive', () => {
    expect(
      fires('missing-interest', 'Your plan for a second depot makes this role even more attractive to me.'),
    ).toBe(false);
  });

  describe('round 12 forms', () => {
    it.each([
      'I left the yard wanting the Plant Operator job even more.',
      "I'd be some glad to work on your boats at Harbour Quay.",
      "I'd be right proud to run the line at Esk Foods.",
    ])('is satisfied by: %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });
  });

  describe('formal and eager registers', () => {
    it.each([
      'I shall be honoured to serve Larkfield in this capacity.',
      'It would be my privilege to contribute to Larkfield.',
      "I'm raring to go.",
      "I'd be delighted to accept an offer.",
      'The more I learn about Larkfield, the more I want to be there.',
      "Being part of Larkfield's growth would be exciting.",
      "I'd love to come on board.",
    ])('is satisfied by: %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });

    it('is not satisfied by what would be hard', () => {
      expect(fires('missing-interest', 'Working nights at my old depot would be hard to repeat.')).toBe(true);
    });
  });

  describe('round 13: affection in any words', () => {
    it.each([
      "I'm head over heels for the Pastry Chef role.",
      "I'm kind of in love with the Lead Puppeteer role.",
      "I'm nuts about your single-origin bars.",
      'The Head Coach role at Raqueta fires me up.',
      "I'm itching to run the photo desk at Wanderlane.",
      'The U13 coach role is one I would run through walls for.',
      'I want to be the tutor who runs the wood-fired course.',
      'I wish sincerely to work in your crash-test team.',
      'I would be very happy to continue my career at Steinbauer as a programmer.',
      'To work at Aegean Box Terminal as supervisor is exactly my goal.',
      'I would be glad to develop products at Havgaard Dairy as a technologist.',
      'The walk you are planning is a project I want to lead.',
      "I want to coordinate the St Brannock's food bank.",
    ])('is satisfied by: %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });

    it.each([
      "I'm calling about the Studio Tutor role.",
      "I'm unsure about the role's night shifts.",
      "I'm applying for the Head Coach role.",
      "I'm itching to hear what you decide.",
      "I'm grateful for the opportunity to interview for the role.",
      "I'm hoping for news about the role soon.",
      "I'm well prepared for the role after ten years on the tools.",
      "I'm experienced with the software your team uses.",
      'I would be glad to send my plan to your team at Havgaard as a PDF.',
    ])('is not satisfied by: %s', (text) => {
      expect(fires('missing-interest', text)).toBe(true);
    });
  });

  it('is satisfied by the chance to do the work there as the role', () => {
    expect(
      fires(
        'missing-interest',
        "I'd love the chance to do the same for Lee Valley Foods as Payroll Manager.",
      ),
    ).toBe(false);
  });

  describe('round 14 forms', () => {
    it.each([
      'I want to do the same at Bluepeak as your Clinical Training Officer.',
      'I would adore supporting your CEO as Executive Assistant at Castellan.',
      "I would love to be Kolanut Pay's Payments Operations Manager.",
      "I want to spend my working years giving Glenmorrow's ledgers a second life.",
    ])('is satisfied by: %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });

    it('is not satisfied by wanting to give a fuller answer', () => {
      expect(fires('missing-interest', 'I want to give you the full answer at last, as promised.')).toBe(
        true,
      );
    });
  });

  it('is satisfied by the role as one the writer wants', () => {
    expect(
      fires('missing-interest', 'The Packhouse Supervisor role at Rift Blooms is one I very much want.'),
    ).toBe(false);
  });

  describe('round 15 forms', () => {
    it.each([
      'I want very much to represent Alazani Wines abroad.',
      'I am kind of hoping the Seed Sales role is still open to me.',
      'It is sort of the job I have been working towards.',
    ])('is satisfied by: %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });
  });

  describe('round 16 forms', () => {
    it.each([
      'The Site Manager role at Gulf Salt is what I want.',
      "I think I'm the person you need.",
      'I want to help your orchards grow.',
    ])('is satisfied by: %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });

    it.each(['That is what I want to add to my answer.', 'I want to help clarify my answer on costs.'])(
      'is not satisfied by: %s',
      (text) => {
        expect(fires('missing-interest', text)).toBe(true);
      },
    );
  });

  describe('round 17 forms', () => {
    it.each(["I'd rather work for Hearthstone.", 'I would much rather be at Fernhill than anywhere else.'])(
      'is satisfied by: %s',
      (text) => {
        expect(fires('missing-interest', text)).toBe(false);
      },
    );

    it.each([
      "I'd rather work with a printed brief next time.",
      'I would rather start with my answer on costs.',
    ])('is not satisfied by: %s', (text) => {
      expect(fires('missing-interest', text)).toBe(true);
    });
  });

  describe('round 18 forms', () => {
    it.each([
      'I really want to learn the trade with you.',
      'I am very keen to train with Northline.',
      "I'm more set than ever on joining Front Range Power.",
      'I am more determined than ever to begin my career at Tessellate.',
    ])('is satisfied by: %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });

    it('is not satisfied by wanting to learn from a mistake', () => {
      expect(fires('missing-interest', 'I want to learn from how that answer went.')).toBe(true);
    });
  });

  describe('round 19 forms', () => {
    it.each([
      'I would be proud to do this job there.',
      'I would be very glad to drive for Meridian.',
      "The Hostel Manager job at Corrib Backpackers is one I'd love.",
    ])('is satisfied by: %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });

    it.each([
      'I would be glad to take a typing and accuracy test.',
      'I would be pleased to bring samples of the fee statements to a second meeting.',
    ])('is not satisfied by an offer: %s', (text) => {
      expect(fires('missing-interest', text)).toBe(true);
    });
  });

  describe('round 24 forms', () => {
    it('is satisfied by wanting a long-titled job even more', () => {
      expect(
        fires('missing-interest', 'I came away wanting the Motor Injury Claims Team Leader job even more.'),
      ).toBe(false);
    });
    it('is satisfied by wishing to do the same at the employer', () => {
      expect(fires('missing-interest', "I'd love the chance to do the same at Torrens Vale.")).toBe(false);
      expect(fires('missing-interest', "I'd be delighted to do the same at Heathermoor Hospice.")).toBe(
        false,
      );
      expect(fires('missing-interest', "I'd be happy to do the same with your data if you send it.")).toBe(
        true,
      );
    });
  });

  describe('round 25 forms', () => {
    it('is satisfied by being keener than ever to do the work for the employer', () => {
      expect(fires('missing-interest', 'I came away keener than ever to run sites for Kowhai Build.')).toBe(
        false,
      );
    });
    it('is satisfied by putting skills to work for the employer, in a formal register', () => {
      const text = 'I should now like to put them to work for an organisation whose purpose I share.';
      expect(fires('missing-interest', text)).toBe(false);
      expect(fires('missing-interest', 'I would like to put it to work for you next week.')).toBe(true);
    });
  });

  describe('round 26 forms', () => {
    it.each([
      'It would mean the world to me to work at Hollyfield as a Healthcare Assistant.',
      "Y'all have a job I want.",
      "I'd bite your hand off for the Junior Illustrator job.",
      'Should you offer me the post, I will accept with pleasure.',
      "I deserve a crack at a supervisor's job, and I'd like it to be with Hartwell.",
      "I'd be made up to join the Breck Road Bathrooms crew.",
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });
    it('is not satisfied by wishing the panel success', () => {
      expect(fires('missing-interest', 'I wish you every success with the appointment.')).toBe(true);
      expect(fires('missing-interest', "I'd like it to be with someone who listens.")).toBe(true);
    });
  });

  describe('round 27 forms', () => {
    it.each([
      "I'd be proud to come on as an Apprentice Lineworker with Tug Fork.",
      'I would be very glad to serve the cooperative as Purchasing Clerk.',
      'It would do me proud to be a Home Health Aide with Clinch Valley.',
      "I'd love a stand as wool classer at Tallawang.",
      'I would be delighted to take up the post of Transport Officer.',
      "I'd be tickled to run the dock for Pecan Bayou Seafood.",
      "I'd be glad to come run a dozer for Cane Brake Mining.",
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });
    it('is not satisfied by an offer to the reader', () => {
      expect(fires('missing-interest', "I'd be glad to run the numbers for your team.")).toBe(true);
      expect(fires('missing-interest', "I'd be happy to go over the edger with Marcus.")).toBe(true);
    });
  });

  describe('round 28 forms', () => {
    it('is satisfied by taking up a named post', () => {
      expect(fires('missing-interest', 'I would be glad to take up the Lead Counsellor post.')).toBe(false);
    });
  });

  describe('round 29: brisk forms', () => {
    it.each([
      'Really want the Dispatch Supervisor role at Larkspur.',
      'I really want this one, so here is the plan.',
      'Keen to run nights for you.',
      'I would be very glad to run Berea Fresh Market.',
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });
    it.each(["I don't really want the role to change my hours.", 'You really want the role filled by June.'])(
      'is not satisfied by %s',
      (text) => {
        expect(fires('missing-interest', text)).toBe(true);
      },
    );
  });

  describe('round 30 forms', () => {
    it.each([
      'I want to make the move into rail with Vantry Rail.',
      'I want to come back as a Graduate Software Engineer.',
      'I want to come back to work at Thornbury Plant Hire.',
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });
  });

  describe('round 31 forms', () => {
    it.each([
      "I'd love to be Otis and Wren's nanny.",
      "I'd love to be one of your nannies.",
      "I'd love to make the switch to Northgate.",
      "I'd love the chance to run the floor as your Assistant Store Manager.",
      "I'd love the chance to show you I can do this job.",
      "Hopefully I'll get the chance to join the team, I'd love to work there.",
      'Your stress-testing work is the part of the role I most want to take on.',
      "I'd kind of love to join your law school, I think.",
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });
  });

  describe('round 32 forms', () => {
    it.each([
      'It would be an honour for me to join your brigade as Pastry Chef de Partie.',
      'Hopefully I can join your finance team at Wexcombe Logistics.',
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });
  });

  describe('round 33 forms', () => {
    it.each([
      "I'd love the chance to do the same with your team at Corrib.",
      'Growing the loyalty club is the part of the role I would most like to take on.',
      "I'd love to be one of the crew on it.",
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });
  });

  describe('round 34 forms', () => {
    it('is satisfied by wanting to finish an apprenticeship with the employer', () => {
      expect(
        fires('missing-interest', 'I want to do the rest of my apprenticeship with Rideau Comfort Heating.'),
      ).toBe(false);
    });
  });

  describe('round 35 forms', () => {
    it.each([
      "I'd like very much to do the same job for you.",
      "Hopefully I can bring some of that to the Account Manager role at Nobbys Communications, which I'd love.",
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });
    it.each([
      'I want to make this switch with Ferrymead Software.',
      "I want this move into lettings, and your office's focus on students suits my background.",
      'I would love to come back to this work at Lakeshore.',
    ])('is satisfied by a career changer saying %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });
    it('is not satisfied by coming back to talk', () => {
      expect(
        fires('missing-interest', 'I would love to come back to talk about the rota at your office.'),
      ).toBe(true);
    });
    it.each([
      'I would very much like to work behind your counter.',
      'I would be happy and proud to lead your baking team.',
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text, { kind: 'letter' })).toBe(false);
    });
    it('is satisfied by wanting very much to run the Saturday counter for the shop', () => {
      const text = 'I would very much like to run the Saturday counter for Pugh Farm Shop.';
      expect(fires('missing-interest', text, { kind: 'letter' })).toBe(false);
    });
  });

  describe('round 36 forms', () => {
    it.each([
      "I'm ready for this role and keen to step up.",
      'I would very much like to bring the same approach to Tropic North Wholesale.',
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });
    it.each([
      'I would be happy to bring the register and a sample of the monthly report to your office for review.',
      'That is what I want to add to my answer.',
    ])('is not satisfied by an offer or a correction: %s', (text) => {
      expect(fires('missing-interest', text, { kind: 'letter' })).toBe(true);
    });
  });

  describe('round 37 forms', () => {
    it('is satisfied by wanting the chance to run the team', () => {
      const text = "I'd like the chance to run your team at Cardonald.";
      expect(fires('missing-interest', text)).toBe(false);
    });
    it('is not satisfied by wanting the chance to explain', () => {
      expect(fires('missing-interest', "I'd like the chance to explain my answer on dilution.")).toBe(true);
    });
    it('is satisfied by wanting very much to start a career at the bank', () => {
      const text = 'I want very much to start my career in credit at Nile Crest Bank.';
      expect(fires('missing-interest', text)).toBe(false);
    });
  });

  describe('round 38 forms', () => {
    it.each([
      'I would love to coordinate the Okanagan Rec Society camps this summer.',
      'The Senior Engineer (Tunnels) position is one I would be proud to hold.',
      'The Principal Water Engineer role is the position I have been preparing for, and I would welcome the chance to take it on.',
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });
  });

  describe('round 39 forms', () => {
    it('is satisfied by wanting to make shows with the studio', () => {
      expect(fires('missing-interest', "I'd love to make shows with Tidemill.")).toBe(false);
    });
  });

  describe('round 40 forms', () => {
    it.each([
      'I want to learn under you, and your seasonal menu is the reason I applied.',
      "I'd love to learn carpet fitting at Usk Flooring.",
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });
    it('is not satisfied by wanting to learn more about the rota', () => {
      expect(fires('missing-interest', "I'd love to learn more about how your rota works.")).toBe(true);
    });
  });

  describe('round 41 forms', () => {
    it.each([
      'I left the interview wanting this role, especially the shift toward photo estimating.',
      "Your school's reading culture is a big part of why I applied.",
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });
  });

  describe('round 42 forms', () => {
    it('is satisfied by preferring to come to the employer', () => {
      const text =
        "I'd rather come to Barrington: your move to automated invoice capture is what I did at Marlow.";
      expect(fires('missing-interest', text, { kind: 'call' })).toBe(false);
    });
    it('is not satisfied by preferring to come to the office', () => {
      const text = "I'd rather come to the office on Tuesday than talk by video about my 12 audits.";
      expect(fires('missing-interest', text, { kind: 'call' })).toBe(true);
    });
  });

  describe('round 43 forms', () => {
    it.each([
      "I'd love to come and weld for you, and I could come in for a practical test one afternoon.",
      "I'd love the chance to do that kind of work across the county.",
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });
    it('is not satisfied by coming to talk with the interviewer', () => {
      expect(fires('missing-interest', "I'd love to come and talk with you about the 3 rotas.")).toBe(true);
    });
  });

  describe('round 43 forms, working the counter', () => {
    it('is satisfied by being glad to work the counter', () => {
      expect(fires('missing-interest', "I'd be glad to work the Halifax counter on weekends.")).toBe(false);
    });
    it('is not satisfied by being glad to work through the figures with the interviewer', () => {
      expect(fires('missing-interest', "I'd be glad to work through the 3 forecasts with you.")).toBe(true);
    });
  });

  describe('round 44 forms', () => {
    it.each([
      'Nights suit me and I want this route.',
      "I'd love a start with you blokes.",
      "I'd be glad to be on your crew for the new season.",
      "Hopefully there's a chance to join Ridgeback Offices.",
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text, { kind: 'call' })).toBe(false);
    });
    it('is not satisfied by a chance to join the call', () => {
      expect(
        fires('missing-interest', 'Thanks for the chance to talk. I ran 31 routes.', { kind: 'call' }),
      ).toBe(true);
    });
  });

  describe('round 45 forms', () => {
    it.each([
      'I would like to put that experience to work as your Claims Assistant.',
      'I want to work your apres crowd this winter.',
      'I would welcome the chance to take over your night desk.',
      'I would love to share the Franschhoek story with your guests.',
      'I am committed to this kind of work and would like to join your team.',
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text, { kind: 'letter' })).toBe(false);
    });
    it('is not satisfied by wanting to share a plan with the interviewer', () => {
      expect(
        fires('missing-interest', 'I would love to share my 3 checklists with you.', { kind: 'letter' }),
      ).toBe(true);
    });
  });

  describe('round 46 forms', () => {
    it.each([
      'I want this desk, and the renewables clients you described are the market I know best.',
      "I'd love to go out with your crew on the autumn run.",
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text, { kind: 'call' })).toBe(false);
    });
    it.each([
      'I want the team to see my 3 dashboards before the review.',
      "I'd love to go out with you for a coffee to talk about the 2 rotas.",
    ])('is not satisfied by %s', (text) => {
      expect(fires('missing-interest', text, { kind: 'call' })).toBe(true);
    });
  });

  describe('round 48 forms', () => {
    it.each([
      'I want to make this move into healthcare, and your par-level project is a good place to start.',
      "I ran the pool for 11 years. I'd love to do this job.",
      "I'd love to take over your night desk.",
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text, { kind: 'call' })).toBe(false);
    });
    it.each([
      "I'd love to do this exercise again, since I ran 2 of them.",
      "I'd love to take over the 3 reports from you and explain them.",
    ])('is not satisfied by %s', (text) => {
      expect(fires('missing-interest', text, { kind: 'call' })).toBe(true);
    });
  });

  describe('round 49 forms', () => {
    it.each([
      'I want a stand with your gang this season.',
      "I'm ready to come out and start whenever you say.",
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text, { kind: 'call' })).toBe(false);
    });
    it('is not satisfied by being ready to start the exercise', () => {
      expect(fires('missing-interest', "I'm ready to start the 2 exercises again.", { kind: 'call' })).toBe(
        true,
      );
    });
  });

  describe('round 50 forms', () => {
    it.each([
      "The post at St. Brendan's is one I would be proud to hold.",
      "I'd love to start my career on Arafura Roadworks' highway jobs.",
      'I want to learn the front office from your team, and your training is a big reason why.',
      'I would be glad to do my internship year under your supervision in Mbarara.',
      'I left wanting the Structural Welder job at Cordell even more than when I walked in.',
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text, { kind: 'letter' })).toBe(false);
    });
    it('is not satisfied by wanting to learn more from the interviewer', () => {
      expect(
        fires('missing-interest', "I'd love to learn more about the 2 shifts.", { kind: 'letter' }),
      ).toBe(true);
    });
  });

  describe('round 50 forms, the part of the role', () => {
    it('is satisfied by the part of the role the writer most wants', () => {
      const text = 'The plan to go paperless is the part of the role I most want to be involved in.';
      expect(fires('missing-interest', text)).toBe(false);
    });
    it('is not satisfied by the part of the role the writer found hard', () => {
      expect(
        fires('missing-interest', 'The 2 audits were the part of the role I found hardest to explain.'),
      ).toBe(true);
    });
  });

  describe('round 51 forms', () => {
    it('is satisfied by wanting to sell the product the job sells', () => {
      const text = 'I want to sell this tool to farmers like me, and the Agronomy Sales role fits that.';
      expect(fires('missing-interest', text)).toBe(false);
    });
    it('is not satisfied by wanting to sell the point of an answer', () => {
      expect(fires('missing-interest', 'I want to make the point about the 3 depots clearer.')).toBe(true);
    });
  });

  describe('round 52 forms, seasonal and part-time work', () => {
    it.each([
      'I would be happy and grateful to serve with Lakeside Homecare.',
      "I'd love to spend this summer walking visitors along the waterfront.",
      'I would like very much to spend this harvest season pouring and explaining your wines.',
      'I would be glad to spend the winter season at your desk.',
      'I would love a summer on the pier with your team.',
      "I'd love a season on the Adelaide River with you.",
      'I would be honoured to show your guests the estates I know.',
      'I would be glad to ride the Route 7 bus with your students this fall.',
      'I would love to be serving your students when school starts in August.',
      "I'd like very much to take the Prospect Avenue post this fall.",
      "I'd love to guide for you this summer.",
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });
    it.each([
      'I would be glad to show your manager the 3 route plans.',
      'I spent the winter season at a desk in Tampa and booked 300 trips.',
    ])('is not satisfied by %s', (text) => {
      expect(fires('missing-interest', text)).toBe(true);
    });
  });

  describe('round 53 forms', () => {
    it.each([
      "I'd love to get the job.",
      'I left the station even more motivated to work as a Station Assistant with your team.',
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });
    it('is not satisfied by getting the job done', () => {
      expect(fires('missing-interest', 'I like to get the job done: 40 orders a day, on time.')).toBe(true);
    });
  });

  describe('round 54 forms', () => {
    it('is not satisfied by bringing material to the interviewer', () => {
      const text = 'I would be glad to bring some of my learning journals to you, or to do the task again.';
      expect(fires('missing-interest', text)).toBe(true);
    });
    it('is still satisfied by bringing experience to the team', () => {
      expect(fires('missing-interest', 'I would be glad to bring my 9 years of care to your team.')).toBe(
        false,
      );
    });
  });

  describe('round 55 forms, the formal register', () => {
    it.each([
      'I came away convinced that this is the appointment in which I can be of most use.',
      "The panel's account of the programme has only increased my eagerness to serve in it.",
      'I left your Charlotte Square office with a strong wish to become part of it.',
      'I came away with a strong desire to serve the diocese in it.',
      'I also want to say how much I would value joining the directorate.',
      'I remain deeply committed to doctoral education and eager to lead your school.',
      'I would be very glad to serve the Collegio in this post.',
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });
    it.each([
      'The plan to build a new depot is the part I found hardest to explain in 3 minutes.',
      'I would be glad to serve the panel a written answer on the 2 questions.',
    ])('is not satisfied by %s', (text) => {
      expect(fires('missing-interest', text)).toBe(true);
    });
  });

  describe('round 56 forms', () => {
    it.each([
      "I'd be delighted to come and run the floor for you.",
      'I have been clear about what I want next, and this role is it.',
      "I'd love to move into the BA team.",
      'I want to move into planning, and I know the line from the inside.',
      'The Social Protection Adviser role matches my work, and I would be proud to take it up.',
      'I would be very glad to lead that programme.',
      'I kind of need this job quite badly.',
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });
    it.each([
      "I'd be delighted to come and run the numbers for you.",
      'I would be glad to take it up with the 3 depot managers.',
      'I need the job description again to check the 4 shifts.',
      'I want to move into a new flat near the 2 depots.',
    ])('is not satisfied by %s', (text) => {
      expect(fires('missing-interest', text)).toBe(true);
    });
  });

  describe('round 57 forms', () => {
    it.each([
      'I very much want the Senior Physiotherapist (Neurology) post.',
      'I would be glad to look after Kingussie High School.',
      'I am very happy about the chance to work at Belle Mare.',
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });
    it('is not satisfied by looking after the figures', () => {
      expect(fires('missing-interest', 'I would be glad to look after the 3 reports for you.')).toBe(true);
    });
  });

  describe('round 58 forms', () => {
    it.each([
      'I would be very happy to work there.',
      "I would be very happy to be Nina's nanny.",
      "I'd love to come out and work a morning on the greens with your crew.",
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });
    it('is not satisfied by working a morning with the crew as an offer alone', () => {
      expect(fires('missing-interest', 'I can work a morning on the greens with your crew: 8 greens.')).toBe(
        true,
      );
    });
  });

  describe('round 59 forms', () => {
    it.each([
      'I want this Apprentice Electrician place at Calder Valley Electrical.',
      'I left wanting this apprenticeship more than before.',
      "I think I'd be a good fit for the Student Support Officer role, and I want it.",
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });
    it('is not satisfied by wanting a place to be something', () => {
      expect(fires('missing-interest', 'I want the place to be safe: 0 incidents in 3 years.')).toBe(true);
    });
  });

  describe('round 60 forms', () => {
    it.each([
      'I am applying to be your Kitchen Assistant because I learn fast: 300 breakfasts a day.',
      "I want very much to be your Gelato Maker's Assistant.",
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });
  });

  describe('round 62 forms', () => {
    it.each([
      'I want you to know how keen I am on the Lending Officer role.',
      'I left even more determined to be part of it.',
      'Seeing the packaging work has me keen as mustard to join you.',
      'Our discussion confirmed my strong motivation to join your firm.',
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });
  });

  describe('round 63 forms', () => {
    it.each([
      "The Sales Assistant job at Swilly Outdoors is one I'd be delighted to get.",
      'I would still very much like to drive for the district.',
      "I enjoyed learning about your studio's projects and would be very glad to join you.",
      'The more I heard, the more I wanted the Portfolio Manager role.',
      "I came away wanting the Café Supervisor job at Pengelly's even more.",
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });
    it.each([
      'Thanks for Tuesday; would be glad to join a call with your operations manager.',
      'I would still like to talk through the rota question.',
    ])('is not satisfied by %s', (text) => {
      expect(fires('missing-interest', text)).toBe(true);
    });
  });

  describe('round 64 forms', () => {
    it.each([
      'Leading a branch for Nile Care is a step I would be delighted to take.',
      'I want to say how motivated I am to lead a team at Carthage Connect.',
      'The position remains the one I want.',
      'I loved hearing about your Catalan history series and would be excited to produce it.',
      'I am very glad to apply for the Vineyard Foreman position.',
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });
    it('is not satisfied by being excited to talk again', () => {
      expect(fires('missing-interest', 'Thanks; would be excited to talk it through with your team.')).toBe(
        true,
      );
    });
  });

  describe('round 65 forms', () => {
    it.each([
      'I came away really wanting the Supervisor role.',
      'I came out of it really wanting to be part of your team at Lochvale.',
      "I'm even more set on joining your crew as a Journeyman Electrician.",
      "I think maybe I'd be sort of a good fit for the team.",
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });
    it('is not satisfied by a fit claimed for someone else', () => {
      expect(fires('missing-interest', 'Priya would be a great fit for the team: 40 shifts covered.')).toBe(
        true,
      );
    });
  });

  describe('round 66 forms', () => {
    it.each([
      'I would be very glad to manage the salon for you.',
      'I came home really wanting the job.',
      'You deserved a better answer from someone who wants this job as much as I do.',
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });
    it('is not satisfied by running the team through a plan', () => {
      const text = 'I would be glad to run the team through the plan: 40 stores.';
      expect(fires('missing-interest', text)).toBe(true);
    });
  });

  describe('round 67 forms', () => {
    it.each([
      "I want you to know I'd really like that route out past Valentine.",
      'I still really want to fly with Pearl Gulf.',
      'I am kind of hoping this job works out.',
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });
    it('is not satisfied by a route the writer drove', () => {
      expect(fires('missing-interest', 'I drove the route past Valentine for 9 years.')).toBe(true);
    });
  });

  describe('round 68 forms', () => {
    it('is satisfied by enthusiasm to take the role on', () => {
      const text = 'I left the meeting with real enthusiasm to take it on.';
      expect(fires('missing-interest', text)).toBe(false);
    });
  });

  describe('round 69 forms', () => {
    it.each([
      "I really enjoyed it, and I'd love to be working behind your bar.",
      'But I do want to work at Shalimar Dental.',
      'I am strongly committed to joining Nile Diagnostics.',
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });
    it('is not satisfied by doing what the writer wants for a client', () => {
      expect(fires('missing-interest', 'I do want to mention the 40 audits I ran.')).toBe(true);
    });
  });

  describe('round 72 forms', () => {
    it('is satisfied by stepping into the role', () => {
      expect(fires('missing-interest', "I'd love to step into the Shift Lead role.")).toBe(false);
    });
  });

  describe('round 73 forms', () => {
    it('is satisfied by wanting to be behind the counter', () => {
      expect(fires('missing-interest', "I'd love to be behind that counter.")).toBe(false);
    });
    it('is not satisfied by bringing a portfolio to a test', () => {
      const text = 'I would be glad to bring my portfolio and do a test groom at your salon.';
      expect(fires('missing-interest', text)).toBe(true);
    });
    it('is still satisfied by bringing my classes to the gym', () => {
      const text = "I'd love to bring my classes to Ironbark Gym and help build your timetable.";
      expect(fires('missing-interest', text)).toBe(false);
    });
  });

  describe('round 73 leftovers', () => {
    it('is satisfied by hoping the job works out', () => {
      const text = "I'm hoping the Office Manager job at Wensum Lettings works out.";
      expect(fires('missing-interest', text)).toBe(false);
    });
    it('is not satisfied by hoping a rota works out', () => {
      expect(fires('missing-interest', "I'm hoping the new rota works out for your team.")).toBe(true);
    });
  });

  describe('round 74 forms', () => {
    it.each([
      'I still very much want to be a Student Support Assistant at Sivulliq School.',
      'I still want very much to learn in your kitchen.',
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });
    it('is not satisfied by wanting to learn from feedback', () => {
      expect(fires('missing-interest', 'I still want very much to learn from your feedback.')).toBe(true);
    });
  });

  describe('round 77 forms', () => {
    it.each([
      'I would love to sell Los Maitenes wines to those same restaurants.',
      'I want to come back to supermarket work as your Front End Supervisor.',
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });
    it.each([
      'I would love to sell Los Maitenes wines to those same restaurants.',
      'I want to come back to supermarket work as your Front End Supervisor.',
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-interest', text)).toBe(false);
    });
    it('is satisfied by a hedged want', () => {
      expect(fires('missing-interest', 'I kind of want to work at Galeria Nazaré.')).toBe(false);
    });
  });

  describe('round 78 forms', () => {
    it('is satisfied by wanting to get back on the street with your team', () => {
      expect(fires('missing-interest', 'I want to get back on the street with your team.')).toBe(false);
    });
    it('is not satisfied by getting back to you', () => {
      expect(fires('missing-interest', 'I want to get back to you with the figures for your team.')).toBe(
        true,
      );
    });
  });
});
