//! Date expressions: single days, ranges within and across months and years, dates known
//! to the month, in day-first and month-first order (grammar in the `parse` module docs).

use smallvec::SmallVec;

use crate::lexicon;
use crate::model::{DateSpan, PartialDate};

use super::tokens::{self, Kind, Token, tokenize_into};

/// Words that may open a date expression: "on the 3rd", "between 3 and 4 May".
/// Words that join clock times: "from 10:00 to 12:00", "at 9:00".
pub(crate) const TIME_WORDS: &[&str] = &["to", "until", "and", "at", "from"];
/// Words that make numbers clock times: "9h", "10 am", "12:00 (CET)".
pub(crate) const CLOCK_UNITS: &[&str] = &["h", "am", "pm", "cet", "cest", "gmt", "utc"];

/// Whether token `t` of `text` may stand among clock times: a number, punctuation, or a
/// word that joins times or makes numbers times.
pub(crate) fn is_clock_token(text: &str, t: &Token) -> bool {
    matches!(t.kind, Kind::Punct(_) | Kind::Number { .. })
        || t.is_any_word(text, TIME_WORDS)
        || t.is_any_word(text, CLOCK_UNITS)
}
const OPENERS: &[&str] = &["on", "between", "from", "the", "dated", "du", "le", "les"];
/// Words that name a part of the month that follows: "early June 2024", "fin mai 2019".
const PARTS_OF_MONTH: &[&str] = &["early", "late", "mid", "end", "beginning", "début", "fin"];
/// Words between the two ends of a range: "3 to 5 May".
const SEPARATORS: &[&str] = &["to", "and", "until", "till", "through", "au", "et"];

/// A year, month and day as far as the text gives them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Ymd {
    pub y: Option<i32>,
    pub m: Option<u8>,
    pub d: Option<u8>,
}

/// A date expression found in text: folded offsets and its two ends as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub first: Ymd,
    pub last: Ymd,
}

/// Why a found date is not a date span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Problem {
    /// A day that is not on the calendar.
    Impossible(String),
    /// The end lies before the start.
    Reversed(String),
    /// No year in the text or the context.
    NoYear,
}

impl Found {
    /// The span this expression means, taking a missing year from `default_year`.
    pub fn resolve(&self, default_year: Option<i32>) -> Result<DateSpan, Problem> {
        let last_year = self
            .last
            .y
            .or(self.first.y)
            .or(default_year)
            .ok_or(Problem::NoYear)?;
        // "30 December - 3 January 2019": the first day lies in the year before.
        let first_year = self.first.y.unwrap_or(match (self.first.m, self.last.m) {
            (Some(a), Some(b)) if a > b => last_year - 1,
            _ => last_year,
        });
        let first = partial(first_year, self.first)?;
        let last = partial(last_year, self.last)?;
        DateSpan::new(first, last).map_err(|e| Problem::Reversed(e.to_string()))
    }
}

fn partial(year: i32, ymd: Ymd) -> Result<PartialDate, Problem> {
    let made = match (ymd.m, ymd.d) {
        (Some(m), Some(d)) => PartialDate::ymd(year, m.into(), d.into()),
        (Some(m), None) => PartialDate::month_only(year, m.into()),
        _ => PartialDate::year_only(year),
    };
    made.map_err(|e| Problem::Impossible(e.to_string()))
}

/// Date expressions in text order. Most sentences hold one or two: they are kept inline.
pub(crate) type Dates = SmallVec<[Found; 2]>;

/// Every date expression in `tokens`, in order, without overlaps. Bare years count where
/// `bare_years` is set, and otherwise only after "in" or "during" ("held in 2010") or a part
/// of the year ("in late 2010", "in the first half of 2010").
pub(crate) fn find_all(tokens: &[Token], text: &str, bare_years: bool) -> Dates {
    let mut found = Dates::new();
    let mut i = 0;
    while let Some(&token) = tokens.get(i) {
        if !may_open(token, text) {
            i += 1;
            continue;
        }
        let year_here = bare_years
            || i.checked_sub(1)
                .and_then(|p| tokens.get(p))
                .is_some_and(|t| t.is_any_word(text, &["in", "during"]))
            || matches!(token.kind, Kind::Number { digits: 4, .. })
                && part_of_year_before(text, token.start);
        match date_at(tokens, i, text, year_here) {
            Some((date, next)) => {
                found.push(date);
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    found
}

/// Where `find_all` may start reading `text[start..]` and still find every date it finds
/// from `start`, given `digit`, the offset of its first ASCII digit: a token boundary at
/// or before `digit`, most often well after `start`, so that a long sentence is not
/// tokenized whole to find its dates.
///
/// Every date expression holds a number, and before its first number come only opening
/// words, weekdays, months, separators and a few marks (see `may_lead`). So no date
/// starts before the run of such tokens that ends at the sentence's first number, and
/// none can start earlier and run into it. Reading from any token boundary before that
/// run finds the same dates; the token just before the run is kept too, as it may be the
/// "in" of "in 2010". Tokens never span white space, so the text is walked back from the
/// digit one stretch between spaces at a time, each stretch tokenized on its own.
pub(crate) fn search_start(
    text: &str,
    start: usize,
    digit: usize,
    tokens: &mut Vec<Token>,
) -> usize {
    let bytes = text.as_bytes();
    let mut end = digit;
    loop {
        // The stretch before `end` back to white space: `end` is a token boundary, and so
        // is the byte after white space.
        let stretch = bytes
            .get(start..end)
            .and_then(|b| b.iter().rposition(u8::is_ascii_whitespace))
            .map_or(start, |ws| start + ws + 1);
        tokens.clear();
        tokenize_into(text, stretch, end, tokens);
        if stretch <= start || !tokens.iter().all(|&t| may_lead(t, text)) {
            return stretch;
        }
        // White space before the stretch is passed; the stretch before it is next.
        end = bytes
            .get(start..stretch)
            .and_then(|b| b.iter().rposition(|c| !c.is_ascii_whitespace()))
            .map_or(start, |last| start + last + 1);
    }
}

/// Whether `token` may stand in a date expression before its first number.
fn may_lead(token: Token, text: &str) -> bool {
    match token.kind {
        Kind::Number { .. } => false,
        Kind::Punct(c) => matches!(c, ',' | '.' | '-' | '/' | '&'),
        Kind::Word => {
            let w = token.text(text);
            token.is_any_word(text, OPENERS)
                || token.is_any_word(text, SEPARATORS)
                || lexicon::is_calendar_word(w)
        }
    }
}

/// The date expression starting at token `i`, and the index of the token after it.
pub(crate) fn date_at(
    tokens: &[Token],
    i: usize,
    text: &str,
    bare_years: bool,
) -> Option<(Found, usize)> {
    let first = tokens.get(i)?;
    if !may_open(*first, text) {
        return None;
    }
    let start = first.start;
    let mut c = Cursor { tokens, text, i };
    c.skip_words(OPENERS);
    // After "on", "the", "from" ...: a date goes on with a number, a month or a weekday.
    let goes_on = c.peek().is_some_and(|t| match t.kind {
        Kind::Number { .. } => true,
        Kind::Punct(_) => false,
        Kind::Word => {
            let w = t.text(text);
            lexicon::is_calendar_word(w) || opens_part_of_month(w)
        }
    });
    if !goes_on {
        return None;
    }
    let (first, last) = c
        .attempt(Cursor::part_of_month)
        .or_else(|| c.attempt(Cursor::day_first))
        .or_else(|| c.attempt(Cursor::month_first))
        .or_else(|| c.attempt(|c| c.iso(bare_years)))
        .or_else(|| c.attempt(Cursor::numeric))
        .or_else(|| {
            if bare_years {
                c.attempt(Cursor::bare_year)
            } else {
                None
            }
        })?;
    let end = tokens.get(c.i.checked_sub(1)?)?.end;
    Some((
        Found {
            start,
            end,
            first,
            last,
        },
        c.i,
    ))
}

/// Whether the words before folded `at` name a part of the year that follows, which then
/// dates something as "in 2019" does: "in late 2019", "in the second half of 2019", "in
/// the spring of 2019". Read
/// from the text, as the tokens a caller kept may start after them.
fn part_of_year_before(text: &str, at: usize) -> bool {
    const PARTS: &[&str] = &[
        "in early ",
        "in late ",
        "in mid-",
        "in mid ",
        "half of ",
        "quarter of ",
        "spring of ",
        "summer of ",
        "autumn of ",
        "fall of ",
        "winter of ",
        "in spring ",
        "in summer ",
        "in autumn ",
        "in winter ",
        "in the fall ",
    ];
    crate::text::ends_with_any(crate::text::tail(text, at, 16), PARTS)
}

/// Whether `token` may open a date: most tokens cannot, and are turned away before any
/// form is tried.
fn may_open(token: Token, text: &str) -> bool {
    match token.kind {
        Kind::Number { .. } => true,
        Kind::Punct(_) => false,
        Kind::Word => {
            let w = token.text(text);
            (2..=9).contains(&w.len()) && (is_opener(w) || lexicon::is_calendar_word(w))
                || opens_part_of_month(w)
        }
    }
}

/// Whether `word` may open a date that a header leads with, as a month or a day would:
/// "From 3 to 5 June 2025", "Du 3 au 5 juin 2025", "Between 12 and 14 June", "Mid-March
/// 2020", "Early June 2025". Not "on" nor "the", which open sentences as often.
pub(crate) fn leads_header_date(word: &str) -> bool {
    ["from", "between", "du"]
        .iter()
        .any(|o| o.eq_ignore_ascii_case(word))
        || opens_part_of_month(word)
}

/// Whether `word` opens a part of a month: "early", "end" (of), "mid-May", "mi-mai".
fn opens_part_of_month(word: &str) -> bool {
    // Asked of most words a date search meets: they are passed over on their first letter.
    if !word.starts_with(['e', 'E', 'l', 'L', 'm', 'M', 'b', 'B', 'd', 'D', 'f', 'F']) {
        return false;
    }
    let part = match word.bytes().position(|b| b == b'-') {
        Some(dash) => word.get(..dash).unwrap_or(word),
        None => word,
    };
    PARTS_OF_MONTH.iter().any(|p| p.eq_ignore_ascii_case(part)) || part.eq_ignore_ascii_case("mi")
}

/// Whether `word` is one of the `OPENERS`, in any case.
fn is_opener(word: &str) -> bool {
    OPENERS.iter().any(|o| o.eq_ignore_ascii_case(word))
}

/// Whether a date may start at the first token of `text[start..end]`, as `date_at` first
/// checks: a number, a month or a weekday, perhaps after "on", "the", "from" ... Read word
/// by word, for callers that would otherwise tokenize a long line to learn it.
pub(crate) fn may_start_at(text: &str, start: usize, end: usize) -> bool {
    let mut at = start;
    loop {
        // Tokens as `tokenize` reads them: a digit opens a number, a letter a word.
        let rest = text.get(at..end).unwrap_or("");
        let token = rest.trim_start();
        let token_start = at + (rest.len() - token.len());
        match token.chars().next() {
            Some(c) if c.is_ascii_digit() => return true,
            Some(c) if c.is_alphabetic() => {
                let word_end = tokens::word_end(text, token_start + c.len_utf8()).min(end);
                let w = text.get(token_start..word_end).unwrap_or("");
                if !is_opener(w) {
                    return lexicon::is_calendar_word(w) || opens_part_of_month(w);
                }
                at = word_end;
            }
            _ => return false,
        }
    }
}

/// The days without a month that open `text`: one day of one or two digits, or a range of
/// two ("12-13", "4 & 5", "4 and 5", "12 - 13"). Gives the first and last day and where
/// they end. A calendar's item or a `Dates` cell gives its days so, under a month given
/// elsewhere.
pub(crate) fn days_at_start(text: &str) -> Option<(u8, u8, usize)> {
    const JOINTS: [&str; 9] = ["-", "–", " - ", " – ", "&", " & ", " and ", " et ", " to "];
    // A day of one or two digits at `at`, and where it ends.
    let day_at = |at: usize| {
        let rest = text.get(at..)?;
        let len = rest.bytes().take_while(u8::is_ascii_digit).count();
        let day: u8 = rest
            .get(..len)
            .filter(|_| (1..=2).contains(&len))?
            .parse()
            .ok()?;
        (1..=31).contains(&day).then_some((day, at + len))
    };
    // Asked of many lines, which most often open otherwise: the first bytes tell.
    let (first, end) = day_at(0)?;
    let rest = text.get(end..)?;
    let range = JOINTS
        .iter()
        .filter(|j| rest.starts_with(**j))
        .find_map(|j| day_at(end + j.len()))
        .filter(|&(last, _)| first < last);
    Some(match range {
        Some((last, last_end)) => (first, last, last_end),
        None => (first, first, end),
    })
}

/// A word in a month's place that is no month: `24 Octobr 2019`. Gives the word's token.
pub(crate) fn unknown_month_at(tokens: &[Token], i: usize, text: &str) -> Option<Token> {
    let [day, word, year] = tokens.get(i..i + 3)? else {
        return None;
    };
    let is_day = matches!(
        day.kind,
        Kind::Number {
            value: Some(1..=31),
            digits: 1..=2
        }
    );
    let is_year = matches!(year.kind, Kind::Number { digits: 4, .. });
    let w = word.text(text);
    let looks_like_month = word.kind == Kind::Word
        && w.starts_with(|c: char| c.is_uppercase())
        && (3..=10).contains(&w.len())
        && lexicon::month(w).is_none();
    (is_day && is_year && looks_like_month).then_some(*word)
}

/// The month a numeric date writes as `token`: in digits ("03"), or in capital Roman
/// numerals ("III"), as central European dates do ("12.III.2019").
fn numeric_month(token: Token, text: &str) -> Option<u8> {
    const ROMAN: [&str; 12] = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
    ];
    match token.kind {
        Kind::Number {
            value: Some(m @ 1..=12),
            digits: 1..=2,
        } => u8::try_from(m).ok(),
        Kind::Word => {
            let w = token.text(text);
            let i = ROMAN.iter().position(|r| *r == w)?;
            u8::try_from(i + 1).ok()
        }
        _ => None,
    }
}

#[derive(Clone, Copy)]
struct Cursor<'a> {
    tokens: &'a [Token],
    text: &'a str,
    i: usize,
}

impl<'a> Cursor<'a> {
    fn peek(&self) -> Option<Token> {
        self.tokens.get(self.i).copied()
    }

    /// Runs `form` on a copy of the cursor, and keeps its progress if it succeeds.
    fn attempt<T>(&mut self, form: impl FnOnce(&mut Cursor<'a>) -> Option<T>) -> Option<T> {
        let mut trial = *self;
        let out = form(&mut trial)?;
        *self = trial;
        Some(out)
    }

    fn word(&mut self, w: &str) -> bool {
        let hit = self.peek().is_some_and(|t| t.is_word(self.text, w));
        self.i += usize::from(hit);
        hit
    }

    fn punct(&mut self, c: char) -> bool {
        let hit = self.peek().is_some_and(|t| t.is_punct(c));
        self.i += usize::from(hit);
        hit
    }

    /// Whether the next token joins the two ends of a range of full dates: a dash, "to",
    /// "until" ... but not "and", which joins two dates ("June 4, 2019 and July 3, 2019").
    fn joins_ends(&self) -> bool {
        self.peek().is_some_and(|t| {
            t.is_punct('-') || t.is_any_word(self.text, &["to", "until", "till", "through"])
        })
    }

    /// Passes the next word if it is one of `words`.
    fn any_word(&mut self, words: &[&str]) -> bool {
        let hit = self.peek().is_some_and(|t| t.is_any_word(self.text, words));
        self.i += usize::from(hit);
        hit
    }

    fn skip_words(&mut self, words: &[&str]) {
        while self.any_word(words) {}
    }

    fn skip_weekday(&mut self) {
        if self
            .peek()
            .is_some_and(|t| t.kind == Kind::Word && lexicon::is_weekday(t.text(self.text)))
        {
            self.i += 1;
            // "Tues. 4 June", "Tuesday, 4 June"
            self.punct('.');
            self.punct(',');
            self.word("the");
        }
    }

    fn day(&mut self) -> Option<u8> {
        let t = self.peek()?;
        match t.kind {
            Kind::Number {
                value: Some(v @ 1..=31),
                digits: 1..=2,
            } => {
                self.i += 1;
                u8::try_from(v).ok()
            }
            _ => None,
        }
    }

    /// A month name; in month-first forms it must be capitalised ("May", not "may").
    fn month(&mut self, capitalised: bool) -> Option<u8> {
        let t = self.peek()?;
        if t.kind != Kind::Word {
            return None;
        }
        let w = t.text(self.text);
        if capitalised && !w.starts_with(|c: char| c.is_uppercase()) {
            return None;
        }
        let m = lexicon::month(w)?;
        self.i += 1;
        // "Oct." and "Sept." end with a full stop that is part of the month.
        if w.len() <= 4 {
            self.punct('.');
        }
        Some(m)
    }

    fn year(&mut self) -> Option<i32> {
        let t = self.peek()?;
        match t.kind {
            // Five or more digits are read as a year too, so that "1 July 99999" is
            // reported as a year out of range rather than missed.
            Kind::Number {
                value: Some(v),
                digits: 4..=9,
            } => {
                self.i += 1;
                i32::try_from(v).ok()
            }
            _ => None,
        }
    }

    /// A year, perhaps after a comma: "3 May, 2019".
    fn year_after_comma(&mut self) -> Option<i32> {
        let save = self.i;
        self.punct(',');
        let year = self.year();
        if year.is_none() {
            self.i = save;
        }
        year
    }

    fn separator(&mut self) -> bool {
        self.punct('-') || self.punct('/') || self.punct('&') || self.any_word(SEPARATORS)
    }

    /// A clock time and its zone, ignored: ", 9:00", "10:00 (CET)", "9h30".
    fn skip_time(&mut self) {
        let save = self.i;
        self.punct(',');
        let is_time = self.day().is_some() && (self.punct(':') || self.word("h")) && {
            let t = self.peek();
            let minutes = t.is_some_and(|t| matches!(t.kind, Kind::Number { digits: 2, .. }));
            self.i += usize::from(minutes);
            minutes
        };
        if !is_time {
            self.i = save;
            return;
        }
        self.skip_words(&["am", "pm", "cet", "cest", "gmt", "utc"]);
        // The zone in parentheses: "(CET)", "(Central European Time)".
        self.skip_parenthesised(0..=usize::MAX);
    }

    /// A remark of a word or two in parentheses after a date, ignored: "(morning)",
    /// "(tbc)".
    fn skip_remark(&mut self) {
        self.skip_parenthesised(1..=2);
    }

    /// Words in parentheses, as many as `words` allows, ignored; nothing is skipped
    /// otherwise.
    fn skip_parenthesised(&mut self, words: std::ops::RangeInclusive<usize>) {
        let save = self.i;
        if !self.punct('(') {
            return;
        }
        let mut n = 0;
        while n < *words.end() && self.peek().is_some_and(|t| t.kind == Kind::Word) {
            self.i += 1;
            n += 1;
        }
        if !words.contains(&n) || !self.punct(')') {
            self.i = save;
        }
    }

    /// `D [of] [M [Y]] [SEP D [of] M] [,] [Y]`, with weekdays and "the" allowed before days.
    fn day_first(&mut self) -> Option<(Ymd, Ymd)> {
        self.skip_weekday();
        self.word("the");
        let d1 = self.day()?;
        // "24-Oct-2019": the parts joined by hyphens, as exports from databases write them.
        let hyphenated = self.attempt(|c| if c.punct('-') { c.month(false) } else { None });
        if let Some(month) = hyphenated {
            let y = self.attempt(|c| if c.punct('-') { c.year() } else { None })?;
            let day = Ymd {
                y: Some(y),
                m: Some(month),
                d: Some(d1),
            };
            return Some((day, day));
        }
        self.word("of");
        let m1 = self.month(false);
        let y1 = m1.and_then(|_| self.year_after_comma());
        let first = Ymd {
            y: y1,
            m: m1,
            d: Some(d1),
        };
        if let Some(mut last) = self.attempt(|c| c.range_end(first)) {
            // The range's month ("28-30 December"), before its end may move.
            let mut first = Ymd {
                m: first.m.or(last.m),
                ..first
            };
            // "28-30 December 2022 to 2 January 2023": the range's end given again, later.
            if last.y.is_some()
                && self.joins_ends()
                && let Some(later) = self.attempt(Cursor::full_date_after_time)
            {
                // The year is the range's, not the later end's.
                first.y = last.y;
                last = later;
            }
            return Some((first, last));
        }
        m1?;
        if y1.is_some()
            && let Some(last) = self.attempt(Cursor::full_date_after_time)
        {
            return Some((first, last));
        }
        Some((first, first))
    }

    /// The second half of a day-first range: `SEP [the] D [of] M [,] [Y]`.
    fn range_end(&mut self, first: Ymd) -> Option<Ymd> {
        if first.y.is_some() {
            return None;
        }
        // "12, 13 and 14 March 2019": the days between are listed.
        if first.m.is_none() {
            while self
                .attempt(|c| (c.punct(',') && c.day().is_some()).then_some(()))
                .is_some()
            {}
        }
        if !self.separator() {
            return None;
        }
        self.skip_weekday();
        self.word("the");
        let d2 = self.day()?;
        self.word("of");
        let m2 = self.month(false)?;
        Some(Ymd {
            y: self.year_after_comma(),
            m: Some(m2),
            d: Some(d2),
        })
    }

    /// After a full first date: `[time] [(remark)] SEP [on] [weekday] D M Y [time]` or
    /// `... M D, Y` ("1 July 2019 (morning) and on 2 July 2019 (afternoon)").
    fn full_date_after_time(&mut self) -> Option<Ymd> {
        self.skip_time();
        self.skip_remark();
        if !self.separator() {
            return None;
        }
        self.word("on");
        self.skip_weekday();
        self.word("the");
        let last = if let Some(d) = self.day() {
            self.word("of");
            let m = self.month(false)?;
            Ymd {
                y: Some(self.year_after_comma()?),
                m: Some(m),
                d: Some(d),
            }
        } else {
            let m = self.month(true)?;
            let d = self.day()?;
            Ymd {
                y: Some(self.year_after_comma()?),
                m: Some(m),
                d: Some(d),
            }
        };
        self.skip_time();
        Some(last)
    }

    /// `M D [SEP [M] D], Y`, `M [SEP M] Y`.
    /// "mid-May 2019", "early June 2024", "the end of May 2019", "fin mai 2019": a part of
    /// a month dates as the month does.
    fn part_of_month(&mut self) -> Option<(Ymd, Ymd)> {
        let t = self.peek()?;
        if t.kind != Kind::Word {
            return None;
        }
        let w = t.text(self.text);
        let m = match w.split_once('-') {
            Some((part, month)) if opens_part_of_month(part) => {
                self.i += 1;
                lexicon::month(month)?
            }
            _ => {
                let english = w.is_ascii() && !w.eq_ignore_ascii_case("fin");
                if !self.any_word(PARTS_OF_MONTH) {
                    return None;
                }
                self.any_word(&["of", "de"]);
                // English months are capitalised ("by early may" is no date), French ones not.
                self.month(english)?
            }
        };
        let month = Ymd {
            y: Some(self.year()?),
            m: Some(m),
            d: None,
        };
        Some((month, month))
    }

    fn month_first(&mut self) -> Option<(Ymd, Ymd)> {
        self.skip_weekday();
        let m1 = self.month(true)?;
        if let Some(d1) = self.day() {
            let mut last = Ymd {
                y: None,
                m: Some(m1),
                d: Some(d1),
            };
            // "June 4, 5 and 6, 2019": the days between are listed (a year is no day).
            while let Some(d) = self.attempt(|c| if c.punct(',') { c.day() } else { None }) {
                last.d = Some(d);
            }
            // "Dec. 30, 2022 - Jan. 2, 2023": each end with its year. Joined by "and", two
            // such dates are two days, not a range ("June 4, 2019 and July 3, 2019").
            if let Some(dates) = self.attempt(|c| {
                let y1 = c.year_after_comma()?;
                if !(c.joins_ends() && c.separator()) {
                    return None;
                }
                let m2 = c.month(true)?;
                let d2 = c.day()?;
                let y2 = c.year_after_comma()?;
                Some((
                    Ymd {
                        y: Some(y1),
                        ..last
                    },
                    Ymd {
                        y: Some(y2),
                        m: Some(m2),
                        d: Some(d2),
                    },
                ))
            }) {
                return Some((
                    Ymd {
                        d: Some(d1),
                        ..dates.0
                    },
                    dates.1,
                ));
            }
            let save = self.i;
            if self.separator() {
                let m2 = self.month(true);
                match self.day() {
                    Some(d2) => {
                        last = Ymd {
                            y: None,
                            m: m2.or(Some(m1)),
                            d: Some(d2),
                        }
                    }
                    None => self.i = save,
                }
            }
            // Without a year, only where the date ends a part of a line ("March 12-13:
            // Thematic meeting", "On March 12, the partners met"), so that "in May 3
            // countries" is no date.
            let y = self.year_after_comma();
            let ends_part = self
                .peek()
                .is_none_or(|t| matches!(t.kind, Kind::Punct(':' | ',' | '-' | ')' | '.')));
            if y.is_none() && !ends_part {
                return None;
            }
            // The year is the last day's: "Dec. 30 - Jan. 2, 2023" starts the year before,
            // which resolving tells from the months.
            let first = Ymd {
                y: y.filter(|_| last.m == Some(m1)),
                m: Some(m1),
                d: Some(d1),
            };
            return Some((first, Ymd { y, ..last }));
        }
        let save = self.i;
        let m2 = if self.separator() {
            self.month(true)
        } else {
            None
        };
        if m2.is_none() {
            self.i = save;
        }
        let y = self.year_after_comma()?;
        let first = Ymd {
            y: Some(y),
            m: Some(m1),
            d: None,
        };
        Some((
            first,
            Ymd {
                m: m2.or(Some(m1)),
                ..first
            },
        ))
    }

    /// ISO 8601: `2019-07-01`, `2008-03`, and intervals `2008/2009`, `2008-03/2008-04-02`,
    /// with the end cut to what changes (`2021-06-14/15`, `2021-06-30/07-01`); days also as
    /// a range in words (`2019-07-01 to 2019-07-02`). A year alone only where bare years
    /// count.
    fn iso(&mut self, bare_years: bool) -> Option<(Ymd, Ymd)> {
        let first = self.iso_date()?;
        let last = if self.punct('/') {
            self.iso_date().or_else(|| self.iso_reduced_end(first))?
        } else if first.d.is_some() {
            let save = self.i;
            match (self.separator(), self.iso_date()) {
                (true, Some(last)) if last.d.is_some() => last,
                _ => {
                    self.i = save;
                    first
                }
            }
        } else {
            first
        };
        let precise = first.m.is_some() || last.m.is_some() || first != last;
        (precise || bare_years).then_some((first, last))
    }

    /// European numeric dates, day first: `10.10.2019`, `3/5/2019`, `10.X.2019`, and ranges
    /// of them (`10.10.2019 - 11.10.2019`).
    fn numeric(&mut self) -> Option<(Ymd, Ymd)> {
        // "12-14.03.2019", "12.-14.03.2019", "12./14.03.2019": a range of days before the
        // date they end.
        if let Some(range) = self.attempt(|c| {
            let d1 = c.day()?;
            let dotted = c.punct('.');
            if !(c.punct('-') || dotted && c.punct('/')) {
                return None;
            }
            let last = c.numeric_date()?;
            Some((
                Ymd {
                    d: Some(d1),
                    ..last
                },
                last,
            ))
        }) {
            return Some(range);
        }
        // "30.11.-2.12.2019": a day and month before the date they end, of the year before
        // if the month comes later ("30.12.-2.1.2020").
        if let Some(range) = self.attempt(|c| {
            let d1 = c.day()?;
            let m1 = c.punct('.').then(|| c.numeric_month()).flatten()?;
            if !(c.punct('.') && c.punct('-')) {
                return None;
            }
            let last = c.numeric_date()?;
            let y = last.y.map(|y| if last.m < Some(m1) { y - 1 } else { y });
            Some((
                Ymd {
                    y,
                    m: Some(m1),
                    d: Some(d1),
                },
                last,
            ))
        }) {
            return Some(range);
        }
        let first = self.numeric_date()?;
        let save = self.i;
        if self.separator()
            && let Some(last) = self.numeric_date()
        {
            return Some((first, last));
        }
        self.i = save;
        Some((first, first))
    }

    /// `D.M.YYYY` or `D/M/YYYY`, with no spaces between.
    fn numeric_date(&mut self) -> Option<Ymd> {
        let parts = self.tokens.get(self.i..self.i + 5)?;
        let [d, p1, m, p2, y] = parts else {
            return None;
        };
        // "30.11.2022", "30/11/2022", and "30-11-2022" with dashes both.
        let dot = |t: &Token| t.is_punct('.') || t.is_punct('/');
        let dashes = p1.is_punct('-') && p2.is_punct('-');
        let adjacent = parts.windows(2).all(|w| match w {
            [a, b] => a.end == b.start,
            _ => false,
        });
        let day_ok = matches!(
            d.kind,
            Kind::Number {
                value: Some(1..=31),
                digits: 1..=2
            }
        );
        let month = numeric_month(*m, self.text);
        let year_ok = matches!(y.kind, Kind::Number { digits: 4, .. });
        if !(adjacent && (dot(p1) && dot(p2) || dashes) && day_ok && month.is_some() && year_ok) {
            return None;
        }
        self.i += 5;
        Some(Ymd {
            y: y.number().and_then(|v| i32::try_from(v).ok()),
            m: month,
            d: d.number().and_then(|v| u8::try_from(v).ok()),
        })
    }

    /// The month of a numeric date, passed if it is next.
    fn numeric_month(&mut self) -> Option<u8> {
        let m = numeric_month(self.peek()?, self.text)?;
        self.i += 1;
        Some(m)
    }

    /// `YYYY[-MM[-DD]]`, with two-digit months and days and no spaces between.
    fn iso_date(&mut self) -> Option<Ymd> {
        let y = self
            .peek()
            .filter(|t| matches!(t.kind, Kind::Number { digits: 4, .. }))?;
        let mut ymd = Ymd {
            y: i32::try_from(y.number()?).ok(),
            m: None,
            d: None,
        };
        self.i += 1;
        let mut end = y.end;
        for part in 0..2 {
            let (Some(dash), Some(num)) = (self.tokens.get(self.i), self.tokens.get(self.i + 1))
            else {
                break;
            };
            let adjacent = dash.is_punct('-') && dash.start == end && num.start == dash.end;
            if !adjacent || !matches!(num.kind, Kind::Number { digits: 2, .. }) {
                break;
            }
            let value = num.number().and_then(|v| u8::try_from(v).ok());
            if part == 0 {
                ymd.m = value;
            } else {
                ymd.d = value;
            }
            end = num.end;
            self.i += 2;
        }
        Some(ymd)
    }

    /// The end of an ISO interval of days written without what it shares with the start:
    /// `15` or `07-01` after `2021-06-14/`.
    fn iso_reduced_end(&mut self, first: Ymd) -> Option<Ymd> {
        first.d?;
        let two_digits = |t: &Token| matches!(t.kind, Kind::Number { digits: 2, .. });
        let value = |t: &Token| t.number().and_then(|v| u8::try_from(v).ok());
        let a = self.peek().filter(two_digits)?;
        let month_day = match self.tokens.get(self.i + 1..self.i + 3) {
            Some([dash, b]) if dash.is_punct('-') && dash.start == a.end && b.start == dash.end => {
                two_digits(b).then_some(b)
            }
            _ => None,
        };
        match month_day {
            Some(b) => {
                self.i += 3;
                Some(Ymd {
                    m: value(&a),
                    d: value(b),
                    ..first
                })
            }
            None => {
                self.i += 1;
                Some(Ymd {
                    d: value(&a),
                    ..first
                })
            }
        }
    }

    /// A year alone: "2008".
    fn bare_year(&mut self) -> Option<(Ymd, Ymd)> {
        let y = self.year()?;
        let only = Ymd {
            y: Some(y),
            m: None,
            d: None,
        };
        Some((only, only))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::tokens::tokenize;
    use proptest::prelude::*;

    /// The dates `find_all` finds in `text` whole, and from `search_start`.
    fn both_ways(text: &str) -> (Dates, Dates) {
        let whole = find_all(&tokenize(text, 0, text.len()), text, false);
        let Some(digit) = text.bytes().position(|b| b.is_ascii_digit()) else {
            return (whole, Dates::new());
        };
        let mut tokens = Vec::new();
        let from = search_start(text, 0, digit, &mut tokens);
        let part = find_all(&tokenize(text, from, text.len()), text, false);
        (whole, part)
    }

    #[test]
    fn dates_are_searched_from_the_run_before_the_first_number() {
        let text =
            "The meeting organised by Spain was held in Rabat on Monday, the 3rd of May 2019.";
        let mut tokens = Vec::new();
        let digit = text.find('3').unwrap();
        let from = search_start(text, 0, digit, &mut tokens);
        // "on Monday, the" may open the date; "in Rabat" may not, and "Rabat" is kept as
        // the token before.
        assert_eq!(&text[from..], "Rabat on Monday, the 3rd of May 2019.");
        let (whole, part) = both_ways(text);
        assert_eq!(whole, part);
        assert_eq!(whole.len(), 1);
        // "in 2010": the word before the run still counts.
        let (whole, part) = both_ways("Reports were published in 2010 and in May 2011.");
        assert_eq!(whole, part);
        assert_eq!(whole.len(), 2);
        // A part of the year before it: read from the text, it counts either way.
        for text in [
            "It met in late 2019.",
            "It met in mid-2019.",
            "It met in the second half of 2019.",
            "It met in the spring of 2019.",
            "It met in autumn 2019.",
        ] {
            let (whole, part) = both_ways(text);
            assert_eq!(whole, part, "{text}");
            assert_eq!(whole.len(), 1, "{text}");
        }
        assert!(both_ways("It met at the end of 2019.").0.is_empty());
    }

    proptest! {
        // Many cases: a wrong start shows only in a few orders of words, and each case
        // takes microseconds.
        #![proptest_config(ProptestConfig::with_cases(4096))]

        /// Sentences of words that open, lead and end dates, numbers and marks, in any
        /// order and spacing: the dates found from `search_start` are those found whole.
        #[test]
        fn searching_from_the_start_point_finds_the_same_dates(
            words in prop::collection::vec(
                prop::sample::select(vec![
                    "on", "the", "from", "between", "dated", "in", "during", "to", "and",
                    "until", "et", "of", "Monday", "friday", "Tue", "mardi", "May", "may", "Sept", "Oct.",
                    "July", "held", "Rabat", ",", ".", "-", "/", "&", ":", "(", ")", "CET",
                    "h", "3", "3rd", "12", "31", "09", "2019", "2008", "99999", "1.", "co-", "x",
                ]),
                0..24,
            ),
            gaps in prop::collection::vec(prop::sample::select(vec!["", " ", "  ", "\n"]), 24),
        ) {
            let mut text = String::new();
            for (word, gap) in words.iter().zip(&gaps) {
                text.push_str(word);
                text.push_str(gap);
            }
            let (whole, part) = both_ways(&text);
            prop_assert_eq!(whole, part, "{:?}", text);
        }

        /// The same sentences: where a date opens them, `may_start_at` says one may.
        #[test]
        fn a_date_is_never_turned_away_by_the_first_look(
            words in prop::collection::vec(
                prop::sample::select(vec![
                    "on", "the", "The", "from", "between", "dated", "in", "Monday", "May",
                    "Sept", "July", "Rabat", ",", "-", "/", "3", "3rd", "12", "2019", "x",
                ]),
                0..8,
            ),
        ) {
            let text = words.join(" ");
            let tokens = tokenize(&text, 0, text.len());
            let opens = date_at(&tokens, 0, &text, true).is_some();
            let may = may_start_at(&text, 0, text.len());
            prop_assert!(!opens || may, "{:?}", text);
        }
    }

    #[test]
    fn the_first_look_turns_away_words_that_open_no_date() {
        let looks = |text: &str| may_start_at(text, 0, text.len());
        assert!(looks("on the 24th of October"));
        assert!(looks("Monday 3 May"));
        assert!(looks("2019"));
        assert!(!looks("The Rabat Process Secretariat"));
        assert!(!looks("in collaboration with"));
        assert!(!looks("the"));
        assert!(!looks(", 3 May"));
    }

    fn span(text: &str) -> Option<String> {
        let tokens = tokenize(text, 0, text.len());
        let (found, _) = date_at(&tokens, 0, text, true)?;
        found
            .resolve(Some(2019))
            .ok()
            .map(|s| format!("{}/{}", s.start(), s.end()))
    }

    #[test]
    fn day_first_forms() {
        let cases = [
            ("24 October 2019", "2019-10-24/2019-10-24"),
            ("1-2 July 2019", "2019-07-01/2019-07-02"),
            ("3 - 4 May 2019", "2019-05-03/2019-05-04"),
            ("31 May - 1 June 2016", "2016-05-31/2016-06-01"),
            ("30 November - 1 December 2016", "2016-11-30/2016-12-01"),
            ("30 December 2018 - 3 January 2019", "2018-12-30/2019-01-03"),
            ("30 December - 3 January 2019", "2018-12-30/2019-01-03"),
            (
                "28-30 December 2022 to 2 January 2023",
                "2022-12-28/2023-01-02",
            ),
            ("3-4 May 2019 and 6 June 2019", "2019-05-03/2019-05-04"),
            ("3rd May 2019", "2019-05-03/2019-05-03"),
            ("on the 3rd May 2019", "2019-05-03/2019-05-03"),
            ("the 3rd and 4th of May 2019", "2019-05-03/2019-05-04"),
            ("3rd-4th of May 2019", "2019-05-03/2019-05-04"),
            ("between 3rd and 4th May 2019", "2019-05-03/2019-05-04"),
            ("30 April and 1 May 2019", "2019-04-30/2019-05-01"),
            ("from 3 to 5 May 2019", "2019-05-03/2019-05-05"),
            ("12, 13 and 14 March 2019", "2019-03-12/2019-03-14"),
            ("3 May, 2019", "2019-05-03/2019-05-03"),
            ("22-23 October", "2019-10-22/2019-10-23"),
            ("24 Oct. 2019", "2019-10-24/2019-10-24"),
            ("24-Oct-2019", "2019-10-24/2019-10-24"),
            (
                "Tuesday, 7 March 2017, 9:00 - Wednesday, 8 March 2017, 13:00",
                "2017-03-07/2017-03-08",
            ),
            // Weekdays abbreviated, and in French.
            ("Tue 4 Jun 2019 - Thu 6 Jun 2019", "2019-06-04/2019-06-06"),
            ("Tues. 4 June 2019", "2019-06-04/2019-06-04"),
            ("mardi 4 juin 2019", "2019-06-04/2019-06-04"),
            // A remark after the first date, "on" before the second.
            (
                "1 July 2019 (morning) and 2 July 2019 (afternoon)",
                "2019-07-01/2019-07-02",
            ),
            ("1 July 2019 and on 2 July 2019", "2019-07-01/2019-07-02"),
        ];
        for (text, want) in cases {
            assert_eq!(span(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn month_first_and_coarse_forms() {
        let cases = [
            ("May 3-4, 2019", "2019-05-03/2019-05-04"),
            ("May 3 and 4, 2019", "2019-05-03/2019-05-04"),
            ("June 4, 5 and 6, 2019", "2019-06-04/2019-06-06"),
            ("June 4, 2019", "2019-06-04/2019-06-04"),
            ("June 4, 5, 2019", "2019-06-04/2019-06-05"),
            // Without a year where the date ends a part: the year is the default one.
            ("March 12-13: Thematic meeting", "2019-03-12/2019-03-13"),
            ("September 17, the committee met", "2019-09-17/2019-09-17"),
            (
                "July 2-3 - Senior Officials' Meeting",
                "2019-07-02/2019-07-03",
            ),
            ("April 30-May 2, 2019", "2019-04-30/2019-05-02"),
            ("Dec. 30 - Jan. 2, 2023", "2022-12-30/2023-01-02"),
            (
                "December 30, 2022 - January 2, 2023",
                "2022-12-30/2023-01-02",
            ),
            ("June 4, 2019 - Dakar", "2019-06-04/2019-06-04"),
            ("June 4, 2019 and July 3, 2019", "2019-06-04/2019-06-04"),
            ("from May 30, 2019 to June 2, 2019", "2019-05-30/2019-06-02"),
            ("March 2008", "2008-03/2008-03"),
            ("March - April 2008", "2008-03/2008-04"),
            ("2008", "2008/2008"),
            ("mid-May 2019", "2019-05/2019-05"),
            ("early June 2024", "2024-06/2024-06"),
            ("the end of May 2019", "2019-05/2019-05"),
            ("fin mai 2019", "2019-05/2019-05"),
            ("mi-juin 2019", "2019-06/2019-06"),
            ("10.10.2019", "2019-10-10/2019-10-10"),
            ("3/5/2019 - 4/5/2019", "2019-05-03/2019-05-04"),
            ("12-14.03.2019", "2019-03-12/2019-03-14"),
            ("12.-14.03.2019", "2019-03-12/2019-03-14"),
            ("12./13.03.2019", "2019-03-12/2019-03-13"),
            ("30-11-2022", "2022-11-30/2022-11-30"),
            ("30-11-2022 to 02-12-2022", "2022-11-30/2022-12-02"),
            ("30.11.-2.12.2019", "2019-11-30/2019-12-02"),
            ("30.12.-2.1.2020", "2019-12-30/2020-01-02"),
            ("12.III.2019", "2019-03-12/2019-03-12"),
            ("12-13.III.2019", "2019-03-12/2019-03-13"),
            ("30.XI.-2.XII.2019", "2019-11-30/2019-12-02"),
            ("2019-07-01 to 2019-07-02", "2019-07-01/2019-07-02"),
            ("2019-07-01 - 2019-07-02", "2019-07-01/2019-07-02"),
            ("2008-03/2008-04-02", "2008-03/2008-04-02"),
            ("2021-06-14/15", "2021-06-14/2021-06-15"),
            ("2021-06-30/07-01", "2021-06-30/2021-07-01"),
            // A range of years in words is no date range: "Programme 2015-2017".
            ("2015 - 2017", "2015/2015"),
        ];
        for (text, want) in cases {
            assert_eq!(span(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn not_dates() {
        for text in [
            "may 2019",
            "early may 2019",
            "mid-term 2019",
            "24 participants",
            "May 3 countries",
            "80 participants representing 33",
            // Roman numerals are months in capitals only, and only in a numeric date.
            "12.iii.2019",
            "12.XIII.2019",
            "12 III 2019",
            "Madrid",
        ] {
            assert_eq!(span(text), None, "{text}");
        }
    }

    #[test]
    fn problems_are_reported() {
        let text = "31 February 2019";
        let tokens = tokenize(text, 0, text.len());
        let (found, _) = date_at(&tokens, 0, text, false).unwrap();
        assert_eq!(
            found.resolve(None),
            Err(Problem::Impossible("no such day: 2019-02-31".into()))
        );
        let text = "5-3 May 2019";
        let tokens = tokenize(text, 0, text.len());
        let (found, _) = date_at(&tokens, 0, text, false).unwrap();
        assert!(matches!(found.resolve(None), Err(Problem::Reversed(_))));
        let text = "24 Octobr 2019";
        let tokens = tokenize(text, 0, text.len());
        assert!(date_at(&tokens, 0, text, false).is_none());
        assert_eq!(
            unknown_month_at(&tokens, 0, text).map(|t| t.text(text)),
            Some("Octobr")
        );
    }

    #[test]
    fn finds_every_date_in_prose() {
        let text = "held on 22-23 October and organised on the 24th October 2019 by 80 people";
        let tokens = tokenize(text, 0, text.len());
        let found = find_all(&tokens, text, false);
        assert_eq!(found.len(), 2);
        assert_eq!(&text[found[0].start..found[0].end], "on 22-23 October");
        assert_eq!(
            &text[found[1].start..found[1].end],
            "on the 24th October 2019"
        );
    }
}
