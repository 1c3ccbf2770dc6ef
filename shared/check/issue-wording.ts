// Words a check's issues in one language for a report or a fix sheet: each issue object once (the engine hands
// out one object per distinct value's issue, so a million cells of one bad value are worded once), through the
// message files (shared/messages). English is the engine's own message, untouched.
import type { CellIssue } from '../fields/cell-result'
import { issueIn } from '../messages/catalogues'
import type { Language } from '../messages/languages'

type Worded = Pick<CellIssue, 'code' | 'message' | 'params' | 'key'>

/** A function that gives an issue's message in `language`, remembering what it worded. */
export function issueWording(language: Language): (issue: Worded) => string {
  if (language === 'en') return (issue) => issue.message
  const done = new WeakMap<Worded, string>()
  return (issue) => {
    let text = done.get(issue)
    if (text === undefined) done.set(issue, (text = issueIn(issue, language)))
    return text
  }
}
