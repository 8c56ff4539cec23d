/** Restated interest in, or enthusiasm for, the role or the company (first person). */
export const INTEREST_PHRASES: readonly RegExp[] = [
  /\bI(?:'m|'ve| am| remain| was| feel| felt| left| came away| walked away| became| grew| have become|'ve become| still| only| even)?(?: \w+){0,3}? (?:interested|excited|enthusiastic|eager|keen|thrilled|passionate|energi[sz]ed|motivated|inspired)\b/,
  /\b(?:my|continued|strong|keen|genuine|sincere|real|deep|great) (?:\w+ )?(?:interest in|enthusiasm (?:for|about))\b/,
  /\benthusiasm for\b/,
  /\bexcit(?:es|ed|ing) (?:me|about)\b/,
  /\b(?:remain|remains|still|am|more|stay|continue to be|grown|grew) (?:very |so |truly |really |just as |even more |highly )?(?:interested|excited|enthusiastic|eager|keen)\b/,
  /\bI(?: \w+){0,3}? (?:want|would like) (?:this|the|that)(?: [\w&-]+){0,3}? (?:job|role|position|opportunity)\b/,
  /\bI(?:'d| would) (?:really |very much )?(?:love|like|welcome the chance|be (?:glad|happy|thrilled|proud|honou?red)) to (?:join|work (?:with|for|on|at|alongside)|be part|be a part|contribute|help (?:your|the)|bring|grow with)\b/,
  /\b(?:look(?:ing)? forward to|hope to|can't wait to|eager to|keen to) (?:\w+ )?(?:joining|working|contributing|being part|join|work (?:with|on|for)|contribute|the possibility)\b/,
  /\b(?:appeals? to me|drawn to|exactly the (?:kind of )?(?:work|role|job|team|challenge|problem)s? I)\b/,
  /\b(?:would|will|I'd) (?:very much |really |truly )?enjoy (?:working|the|being|helping|tackling|taking)\b/,
  /\b(?:the ones|the part|the work) I enjoy most\b/,
  /\bmore (?:eager|excited|interested|enthusiastic|convinced)\b/,
];
