import { describe, expect, it } from 'vitest';
import { isAboutWriter } from './ownership';

const about = (text: string, phrase: string) => isAboutWriter(text, text.indexOf(phrase), phrase);

describe('isAboutWriter', () => {
  it.each([
    ['I was nervous and kept fidgeting.', 'fidgeting'],
    ['Was a bit nervous, talked too fast.', 'talked too fast'],
    ['They asked a lot, and I stumbled over my words.', 'stumbled over my words'],
    ['Sorry for the fidgeting.', 'fidgeting'],
    ['Of course the nerves got to me.', 'nerves'],
    ['My family came first that morning and I was distracted.', 'distracted'],
    // ", but" starts a clause of its own: "they" before it is the answers.
    ['My answers were not what they should have been, but the bus broke down.', 'bus broke down'],
    // A possessive far back names whose thing it was, not who slept.
    ["I had been at a client's year-end closing until three and had barely two hours of sleep.", 'sleep'],
  ])('is the writer: %s', (text, phrase) => {
    expect(about(text, phrase)).toBe(true);
  });

  it.each([
    ['I run a group for teenagers who stammer.', 'stammer'],
    ['Our patients arrived after years of lack of sleep.', 'lack of sleep'],
    ['I helped clients pay off their debts.', 'pay off their debts'],
    ['Two outbreaks of food poisoning were traced.', 'food poisoning'],
    ['I supported a family through their divorce.', 'their divorce'],
    ['Second-graders fidgeting through circle time are a familiar sight.', 'fidgeting'],
    ['I treat insomnia in shift workers.', 'insomnia'],
    ['I coach pupils, but they stammer when tired.', 'stammer'],
    ["The children's sleep was short.", 'sleep'],
  ])('is someone else: %s', (text, phrase) => {
    expect(about(text, phrase)).toBe(false);
  });
});
