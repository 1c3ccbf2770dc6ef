// RATING cells -> 'RATING_1'..'RATING_5': `RATING_4`, `4`, `4/5`, `4 of 5`, `★★★★☆`, `****`, `4 stars`, `4 Sterne`.
// 0 and anything above 5 are errors; 10-point (`8/10`) and half (`3.5`) ratings get a suggestion, never applied.
import { EMPTY_RESULT, errorResult, type CellResult } from '../cell-result'
import { cleanValue } from './clean-text'
import { FIX, ISSUE } from './codes'
import { fix, foldKey, quote } from './wording'

const CANONICAL = /^RATING_([1-5])$/
const NAMED = /^rating[\s_-]*(\d+)$/
const NUMBER = /^(\d+(?:[.,]\d+)?)\s*(?:\*|★|⭐|stars?|sterne?|etoiles?|estrellas?|stelle|sterren|estrelas?|pts?|points?|punkte?)?$/
const OUT_OF = /^(\d+(?:[.,]\d+)?)\s*(?:\/|of|out of|von|sur|de|su|van|em)\s*(\d+)$/
const FILLED_STARS = /^[★⭐*]+[☆✩]*$/u
const FILLED = /[★⭐*]/gu
const SCALE = 5

function rating(n: number): string {
  return `RATING_${n}`
}

function fromScore(text: string, score: number, outOf: number): CellResult {
  const onFive = (score / outOf) * SCALE
  if (Number.isInteger(onFive) && onFive >= 1 && onFive <= SCALE && outOf === SCALE) {
    return mapped(text, onFive)
  }
  const nearest = Math.round(onFive)
  const suggestion = nearest >= 1 && nearest <= SCALE ? rating(nearest) : undefined
  if (outOf !== SCALE && outOf > 0) {
    return errorResult(ISSUE.RATING_INVALID, `${quote(text)} is on a scale of ${outOf}; Twenty rates from 1 to 5.${suggestion === undefined ? '' : ` On five stars that is about ${nearest}: accept ${suggestion} or choose another rating.`}`, suggestion)
  }
  if (!Number.isInteger(score) && suggestion !== undefined) {
    return errorResult(ISSUE.RATING_INVALID, `${quote(text)} is not a whole number of stars; Twenty rates from 1 to 5. Accept ${suggestion} or choose another rating.`, suggestion)
  }
  return errorResult(ISSUE.RATING_INVALID, `${quote(text)} is outside Twenty’s 1-5 rating. If this column uses a 10-point scale, halve the values; otherwise write a number from 1 to 5.`)
}

function mapped(text: string, stars: number): CellResult {
  const value = rating(stars)
  return { value, issues: [], fixes: [fix(FIX.RATING_MAPPED, `Read ${quote(text)} as ${value} (${stars} of 5 stars).`)] }
}

/** Normalises a RATING cell. */
export function normalizeRating(raw: string): CellResult {
  const text = cleanValue(raw)
  if (text === '') return EMPTY_RESULT
  if (CANONICAL.test(text)) return { value: text, issues: [], fixes: [] }
  if (FILLED_STARS.test(text)) {
    const stars = text.match(FILLED)?.length ?? 0
    return stars <= SCALE ? mapped(text, stars) : fromScore(text, stars, SCALE)
  }
  const key = foldKey(text)
  const named = NAMED.exec(key)
  if (named !== null) return fromScore(text, Number(named[1]), SCALE)
  const number = NUMBER.exec(key)
  if (number !== null) return fromScore(text, Number((number[1] ?? '').replace(',', '.')), SCALE)
  const outOf = OUT_OF.exec(key)
  if (outOf !== null) return fromScore(text, Number((outOf[1] ?? '').replace(',', '.')), Number(outOf[2]))
  return errorResult(ISSUE.RATING_INVALID, `${quote(text)} is not a rating. Write a number from 1 to 5 (or RATING_1 to RATING_5).`)
}
