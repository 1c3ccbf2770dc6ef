// RATING cells -> 'RATING_1'..'RATING_5': `RATING_4`, `4`, `4/5`, `4 of 5`, `★★★★☆`, `****`, `4 stars`, `4 Sterne`.
// 0 and anything above 5 are errors; 10-point (`8/10`) and half (`3.5`) ratings get a suggestion, never applied.
import { EMPTY_RESULT, type CellResult } from '../cell-result'
import { cleanValue } from './clean-text'
import { foldKey, quote, wordedError, wordedFix } from './wording'

const CANONICAL = /^RATING_([1-5])$/
const NAMED = /^rating[\s_-]*(\d+)$/
const NUMBER =
  /^(\d+(?:[.,]\d+)?)\s*(?:\*|★|⭐|stars?|sterne?|etoiles?|estrellas?|stelle|sterren|estrelas?|pts?|points?|punkte?)?$/
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
    return suggestion === undefined
      ? wordedError('RATING_INVALID.otherScale', { value: quote(text), scale: String(outOf) })
      : wordedError(
          'RATING_INVALID.otherScaleNearest',
          { value: quote(text), scale: String(outOf), stars: String(nearest), suggestion },
          suggestion,
        )
  }
  if (!Number.isInteger(score) && suggestion !== undefined) {
    return wordedError('RATING_INVALID.notWhole', { value: quote(text), suggestion }, suggestion)
  }
  return wordedError('RATING_INVALID.outside', { value: quote(text) })
}

function mapped(text: string, stars: number): CellResult {
  const value = rating(stars)
  return {
    value,
    issues: [],
    fixes: [wordedFix('RATING_MAPPED', { value: quote(text), rating: value, stars: String(stars) })],
  }
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
  return wordedError('RATING_INVALID.notRating', { value: quote(text) })
}
