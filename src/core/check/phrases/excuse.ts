/**
 * Blaming circumstances or the interviewer for the performance. Grouped so the rule can tolerate
 * one group, a real emergency, when the debrief has an addressed distraction (contract, `excuse`).
 */
export const EXCUSE_PHRASES = {
  traffic: [
    /\b(?:stuck|sat|sitting|caught) in (?:\w+ )?traffic\b/,
    /\btraffic (?:jam|jams|delays?|on the (?:way|highway|freeway|motorway|bridge|road|interstate))\b/,
    /\b(?:because of|due to|thanks to|blame it on|held up by|delayed by) (?:the |heavy |bad |terrible |awful |rush[- ]hour )?traffic\b/,
    /(?<!(?:web|site|website|foot|organic|network|server|inbound|search|online|data|paid|ad|email|store) )\btraffic (?:was|had been|got) (?:\w+ )?(?:terrible|awful|bad|heavy|horrendous|a nightmare|insane|crazy)\b/,
    /(?<!despite (?:the )?)\b(?:terrible|awful|horrendous|rush[- ]hour) traffic\b(?! (?:on|to|from|for|through|across) (?:our|the|their|your|a|my)? ?(?:site|website|web|app|platform|servers?|network|pages?|store|checkout|api))/,
  ],
  transit: [
    /\bmy (?:train|bus|flight|ride|taxi|uber|car) (?:was|got|had been|ran) (?:\w+ )?(?:late|delayed|cancell?ed)\b/,
    /\bmy car (?:broke down|wouldn't start|would not start)\b/,
    /\b(?:couldn't|could not) find (?:a )?parking\b/,
    /\bmy alarm (?:didn't|did not|failed to) go off\b/,
  ],
  sleep: [
    /\b(?:little|no|not much|barely any|lack of|without|poor|bad|not enough|short on|hardly any) sleep\b/,
    /\b(?:barely|hardly|hadn't|had not|didn't|did not|couldn't|could not|never) (?:\w+ )?slept?\b/,
    /\bslept (?:badly|poorly|terribly|only|two|three|four)\b/,
    /\bsleepless night\b/,
    /\bI (?:was|felt) (?:\w+ )?(?:tired|exhausted|jet[- ]?lagged|worn out|drained)\b/,
    /\bjet[- ]?lag\b/,
  ],
  food: [
    /\b(?:lunch|breakfast|the food|something I ate|what I ate|my meal|my lunch|my breakfast)(?: \w+){0,3} (?:wasn't|was not|didn't|did not|disagreed|upset|made me)\b/,
    /\bupset stomach\b/,
    /\bI was (?:\w+ )?hungry\b/,
    /\bskipped (?:lunch|breakfast)\b/,
  ],
  question: [
    /\b(?:unfair|tricky|trick|confusing|unclear|loaded|gotcha|ambiguous|oddly worded|poorly worded|badly worded|out-of-left-field) (?:interview )?questions?\b/,
    /\bquestions?(?: \w+){0,4}? (?:was|were|felt|seemed) (?:\w+ )?(?:unfair|tricky|confusing|unclear|vague|a trick|ambiguous|poorly worded|badly worded|out of left field|not fair)\b/,
    /\b(?:nobody|no one|anyone) could have answered\b/,
  ],
  interviewer: [
    /\byou (?:kept )?interrupt(?:ed|ing)\b/,
    /\byou (?:didn't|did not) (?:give|let|allow) me\b/,
    /\b(?:you|the interviewer|the panel|the other interviewer) (?:seemed|was|were|looked) (?:\w+ )?(?:distracted|rushed|rude|unprepared|dismissive|in a hurry|uninterested|impatient)\b/,
    /\b(?:wasn't|was not|weren't|were not) given (?:enough )?(?:time|a chance)\b/,
    /\bnot enough time to (?:answer|think|prepare|respond)\b/,
    /\b(?:the|your) (?:interview|schedule) (?:was|felt) (?:\w+ )?(?:rushed|too short|disorganized)\b/,
  ],
  setting: [
    /\b(?:the room|the office|it) was (?:so |too |very |really |quite )?(?:hot|cold|noisy|loud|stuffy|distracting)\b/,
    /\b(?:my |the )?(?:internet|wi-?fi|connection|video|camera|microphone|mic|laptop) (?:kept |was |were )?(?:dropping|cutting out|freezing|lagging|unstable|glitch\w*|failing|crashing)\b/,
    /\btechnical (?:issues|difficulties|problems|glitches) (?:on (?:my|your) end|during)\b/,
  ],
  emergency: [
    /\b(?:family|personal|medical|household) emergency\b/,
    /\bI was (?:\w+ )?(?:distracted|preoccupied)\b/,
    /\bmy (?:mind|head) was (?:elsewhere|not in it|somewhere else|on)\b/,
    /\b(?:worried|worrying) about (?:my|a) (?:\w+ )?(?:family|mother|father|mom|dad|son|daughter|child|kids?|wife|husband|partner|sister|brother|grandmother|grandfather|grandma|grandpa|parents?)\b/,
    /\bsick (?:family member|relative|child|parent|mother|father)\b/,
  ],
} as const satisfies Record<string, readonly RegExp[]>;

export type ExcuseGroup = keyof typeof EXCUSE_PHRASES;
