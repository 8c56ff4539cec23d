// Bench inputs written for Rebound's benchmarks (not taken from anywhere).

/** A long recovery letter of about 450 words: the checker's worst realistic case in the editor. */
export const LETTER = `Dear Ms. Okafor,

Thank you for the time you and the planning team spent with me on Tuesday. I left the conversation even more interested in the Inventory Analyst role at Larkspur Outfitters, and I have kept thinking about several of the questions you asked. I would like to use this letter to give fuller answers to three of them, because I do not think my replies in the room did justice to the work I have done.

First, you asked how I have handled a forecast that went badly wrong. I mentioned the spring season of 2024 only briefly. The fuller story is that our outerwear forecast missed by almost a third in the first four weeks. I rebuilt the model around weekly sell-through rather than monthly orders, added store-level weather data, and set up a Monday review with the buyers. Over the next two seasons the forecast error for that category fell from 31% to 12%, and markdowns on outerwear dropped by about 400,000 dollars a year.

Second, you asked about working with suppliers who miss deadlines. I gave a general answer, but I have a concrete example. At my current employer, two of our largest vendors were shipping late about one order in five. I built a simple scorecard that tracked on-time delivery, fill rate and lead-time variance, and I shared it with each vendor every month. Within three quarters, late shipments from both vendors fell below one in twenty, and our safety stock for their lines came down by 18%.

Third, you asked whether I had ever led a project without formal authority. I talked about team spirit, which was not a real answer. The real answer is the replenishment pilot I led last year with six colleagues from merchandising, logistics and finance. None of them reported to me. We agreed on one shared goal, to cut stockouts in the top two hundred items, and met for twenty minutes twice a week. After five months, stockouts on those items were down from 9% to 3%, and the pilot has since been extended to all regions.

I have attached a one-page summary of the replenishment pilot, including the before and after numbers, in case it is useful to you or the team. My former manager, Daniel Reyes, has offered to speak with you about the forecasting work if that would help.

The way your team connects demand planning with store operations is exactly the kind of work I want to do next, and I would be glad to walk you through any of these projects in more detail, by phone or in person, at whatever time suits you.

Thank you again for your time and for a thoughtful conversation.

With best regards,
Amara Lindqvist`;

/** A recovery email with a couple of findings, the body POSTed to /api/check. */
export const EMAIL = `Subject: Thank you, and a better answer on forecasting

Hi Dana,

Thank you for meeting with me today about the Operations Analyst role at Northwind Logistics. I think maybe my answer on forecasting was sort of thin, so here is the fuller version: I rebuilt our weekly demand model and cut forecast error from 18% to 7% in two quarters.

I am even more interested in the role after our conversation, and I would be glad to walk you through the model or send a one-page summary.

Best regards,
Sam Rivera`;

/** A debrief whose plan calls for the longer letter (three addressed items). */
export const LETTER_DEBRIEF = {
  company: 'Larkspur Outfitters',
  role: 'Inventory Analyst',
  interviewer: { name: 'Ngozi Okafor', email: 'n.okafor@larkspur.example' },
  interviewAt: '2026-11-17T10:00:00-05:00',
  timeZone: 'America/New_York',
  wantJob: 'yes',
  fit: 'good',
  missedPoints: [
    {
      id: 'p1',
      question: 'A forecast that went wrong',
      wishISaid: 'the outerwear rebuild',
      evidence: 'error from 31% to 12%',
    },
    {
      id: 'p2',
      question: 'Suppliers who miss deadlines',
      wishISaid: 'the vendor scorecard',
      evidence: 'late shipments below 5%',
    },
    {
      id: 'p3',
      question: 'Leading without authority',
      wishISaid: 'the replenishment pilot',
      evidence: 'stockouts from 9% to 3%',
    },
  ],
  candidate: { name: 'Amara Lindqvist' },
};
