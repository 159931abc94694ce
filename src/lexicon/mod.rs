//! The lexicon: every name and cue word the parser knows, as data, and the one matcher
//! that finds them in running text.
//!
//! All tables are compiled once into a single Aho-Corasick automaton (leftmost-longest,
//! ASCII case-insensitive) over folded text (see `text`). One pass finds every country,
//! city, demonym, organisation, process and cue with its span; the longest name wins and
//! names match whole words only, so "Niger" is never found inside "Nigeria" and "Rabat" is
//! never found inside "Rabat Process".

mod countries;
mod cues;
mod places;
mod resolve;

pub use resolve::{Resolved, find_names, resolve};

use std::collections::HashMap;
use std::sync::LazyLock;

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::nfa::contiguous::{self, NFA};
use aho_corasick::{Anchored, MatchKind};

use crate::model::{City, Country, MeetingKind, Mode, Organisation, Process, Role, Theme};
use crate::swar;
use crate::text::fold_key;

/// A cue phrase: words that give parties a role, or say how the meeting was held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    /// "hosted by", "co-chaired by": the parties after it play these roles.
    By(&'static [Role]),
    /// "X hosted", "X organised": the parties before it play these roles.
    After(&'static [Role]),
    /// "under the Moroccan chairmanship": the parties before it, named by their people's
    /// adjective after "under", play these roles.
    Under(&'static [Role]),
    /// "X was invited": the parties before it are guests, if not partners.
    Invited,
    /// "gathered", "brought together": organisations after it took part.
    Gathered,
    /// "X attended as observer", "X attended as a guest": the parties before it took part
    /// in this role.
    AttendedAs(Role),
    /// "observer countries X and Y": the parties after it observed.
    ObserversFollow,
    /// Words that say the meeting was virtual or hybrid.
    Mode(Mode),
    /// Words that say a meeting was held: "held", "met", "took place".
    Held,
}

/// What a matched name stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Name {
    /// A country by one of its names.
    Country(Country),
    /// A country by its people's adjective ("Moroccan").
    Demonym(Country),
    /// A name that fits several countries ("Congolese", "Korea").
    Ambiguous(Vec<Country>),
    /// A city.
    City(City),
    /// A known organisation.
    Organisation(Organisation),
    /// A related process or framework.
    Process(Process),
    /// The dialogue itself ("Rabat Process").
    Dialogue,
    /// A document or event named after a place ("Dakar Strategy").
    Document,
    /// A kind of meeting.
    Kind(MeetingKind),
    /// A theme.
    Theme(Theme),
    /// A cue phrase.
    Cue(Cue),
    /// A number in words ("thirty", "twenty-five", "two hundred").
    Number(u32),
}

/// Each kind of [`Name`] as one bit, so that a hit tells what it may stand for without its
/// meanings being read: most hits are passed over by most readers.
pub(crate) mod class {
    pub(crate) const COUNTRY: u16 = 1;
    pub(crate) const DEMONYM: u16 = 1 << 1;
    pub(crate) const AMBIGUOUS: u16 = 1 << 2;
    pub(crate) const CITY: u16 = 1 << 3;
    pub(crate) const ORGANISATION: u16 = 1 << 4;
    pub(crate) const PROCESS: u16 = 1 << 5;
    pub(crate) const DIALOGUE: u16 = 1 << 6;
    pub(crate) const DOCUMENT: u16 = 1 << 7;
    pub(crate) const KIND: u16 = 1 << 8;
    pub(crate) const THEME: u16 = 1 << 9;
    pub(crate) const CUE: u16 = 1 << 10;
    pub(crate) const NUMBER: u16 = 1 << 11;
}

impl Name {
    /// The bit of this kind of name, from [`class`].
    fn class(&self) -> u16 {
        match self {
            Name::Country(_) => class::COUNTRY,
            Name::Demonym(_) => class::DEMONYM,
            Name::Ambiguous(_) => class::AMBIGUOUS,
            Name::City(_) => class::CITY,
            Name::Organisation(_) => class::ORGANISATION,
            Name::Process(_) => class::PROCESS,
            Name::Dialogue => class::DIALOGUE,
            Name::Document => class::DOCUMENT,
            Name::Kind(_) => class::KIND,
            Name::Theme(_) => class::THEME,
            Name::Cue(_) => class::CUE,
            Name::Number(_) => class::NUMBER,
        }
    }
}

/// How the text's letter case must agree with a pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    /// Any case ("hosted by", "Workshop").
    Any,
    /// First letter in capitals, as proper names are written ("Spain", not "spain").
    Capital,
    /// Exactly as listed, for acronyms ("AU" but never "au").
    Exact,
    /// First letter in lowercase, as French writes adjectives of nationality ("le
    /// ministère sénégalais"; the "Béninoise" of "Agence Béninoise de Migration" is part
    /// of a name).
    Lower,
}

/// One meaning of a pattern, with its case rule.
#[derive(Debug)]
struct Entry {
    name: Name,
    case: Case,
    /// The letters and digits of the pattern as listed, for exact-case checks ("USA" for
    /// "U.S.A.").
    written: String,
}

/// A name found in text: folded byte offsets and the pattern it matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    /// First byte in the folded text.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    pattern: u32,
    /// The kinds of name its pattern may stand for, in any case, as [`class`] bits.
    classes: u16,
    /// Which of its pattern's entries agree with the case of the matched text, one bit
    /// each: decided once when the hit is found, since readers ask for a hit's meanings
    /// many times.
    agreeing: u16,
}

impl Hit {
    /// Whether the hit's pattern may stand for a name of one of the kinds in `classes`; if
    /// not, its meanings need not be read.
    pub(crate) fn may_name(self, classes: u16) -> bool {
        self.classes & classes != 0
    }
}

/// What a pattern's meanings have in common.
#[derive(Debug, Clone, Copy)]
struct Summary {
    /// The kinds of name it may stand for, as [`class`] bits.
    classes: u16,
    /// `Some` where one case rule decides for all its meanings: `Any` if one of them takes
    /// any case, `Capital` if all want a capital; `None` where each must be asked.
    case: Option<Case>,
}

impl Summary {
    fn of(entries: &[Entry]) -> Summary {
        let case = if entries.iter().any(|e| e.case == Case::Any) {
            Some(Case::Any)
        } else if entries.iter().all(|e| e.case == Case::Capital) {
            Some(Case::Capital)
        } else {
            None
        };
        Summary {
            classes: entries.iter().fold(0, |bits, e| bits | e.name.class()),
            case,
        }
    }
}

/// The compiled lexicon.
pub(crate) struct Lexicon {
    /// A contiguous NFA rather than a DFA: as fast here, since it is only stepped from word
    /// starts, and 0.3 MB instead of 6 MB, built in half the time.
    automaton: NFA,
    /// The anchored start state of `automaton`.
    start: StateID,
    /// Which words may begin a name.
    filter: WordFilter,
    /// Where the automaton stands after a name's first word.
    first_words: FirstWords,
    /// The meanings of all patterns in one list, those of pattern `p` at
    /// `starts[p]..starts[p + 1]`: a hit's are read with one lookup less.
    entries: Vec<Entry>,
    starts: Vec<u32>,
    /// What each pattern may stand for and how its case is judged, read for every match
    /// without touching its meanings.
    summaries: Vec<Summary>,
    /// Pattern ids by folded key, for whole-string lookups.
    by_key: HashMap<String, u32>,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::build);

/// The crate's lexicon, built on first use.
pub(crate) fn lexicon() -> &'static Lexicon {
    &LEXICON
}

/// The country `name` names, if it names exactly one (a name, code-free).
pub(crate) fn country_named(name: &str) -> Option<Country> {
    let mut found = lexicon().meanings_of(name).filter_map(|n| match n {
        Name::Country(c) => Some(*c),
        _ => None,
    });
    found.next()
}

/// The country a name the lexicon does not know is a misspelling of: one letter added,
/// dropped, changed, or two swapped ("Ethopia", "Tunesia", "Luxemburg"), from one
/// country's name alone. The first letter is kept, and names under five letters are none:
/// "Mali" is not "Bali", nor "Iran" "Iraq".
pub(crate) fn country_misspelt(name: &str) -> Option<Country> {
    const MIN_LEN: usize = 5;
    // Most names asked about are bodies of a few words: told from their length at once.
    const MAX_LEN: usize = 40;
    // Nor is a name of more words than a country's ("Republic of the Congo").
    const MAX_WORDS: usize = 4;
    if !(MIN_LEN..=MAX_LEN).contains(&name.len()) || name.split(' ').count() > MAX_WORDS {
        return None;
    }
    let key = fold_key(name);
    let key = key.as_bytes();
    let (Some(&first), true) = (key.first(), key.len() >= MIN_LEN) else {
        return None;
    };
    // Only the names of the same first letter and about the same length are compared.
    let names = &*COUNTRY_KEYS;
    let order = |k: &[u8]| (k.first().copied(), k.len());
    let from = names.partition_point(|(k, _)| order(k) < (Some(first), key.len() - 1));
    let mut found = None;
    for (known, country) in names.get(from..).unwrap_or_default() {
        if order(known) > (Some(first), key.len() + 1) {
            break;
        }
        if !one_edit_apart(known, key) {
            continue;
        }
        match found {
            None => found = Some(*country),
            Some(other) if other == *country => {}
            Some(_) => return None,
        }
    }
    found
}

/// The folded names of countries of five letters or more, sorted by first byte and length
/// for `country_misspelt`.
static COUNTRY_KEYS: LazyLock<Vec<(Box<[u8]>, Country)>> = LazyLock::new(|| {
    let mut keys: Vec<(Box<[u8]>, Country)> = lexicon()
        .country_keys()
        .filter(|(k, _)| k.len() >= 5)
        .map(|(k, c)| (k.as_bytes().into(), c))
        .collect();
    keys.sort_by(|(a, _), (b, _)| (a.first(), a.len(), a).cmp(&(b.first(), b.len(), b)));
    keys
});

/// Whether `a` and `b` differ by one byte added, dropped or changed, or by two neighbours
/// swapped.
fn one_edit_apart(a: &[u8], b: &[u8]) -> bool {
    fn rest(s: &[u8], n: usize) -> &[u8] {
        s.get(n..).unwrap_or(&[])
    }
    // Past the first difference, the rest must agree as the edit leaves it.
    let common = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (rest(a, common), rest(b, common));
    match ra.len().cmp(&rb.len()) {
        std::cmp::Ordering::Equal => {
            let changed = !ra.is_empty() && rest(ra, 1) == rest(rb, 1);
            let swapped = matches!((ra, rb), ([x, y, ..], [p, q, ..]) if x == q && y == p)
                && rest(ra, 2) == rest(rb, 2);
            changed || swapped
        }
        std::cmp::Ordering::Greater => rest(ra, 1) == rb,
        std::cmp::Ordering::Less => ra == rest(rb, 1),
    }
}

/// The city `name` names, in any of its spellings.
pub(crate) fn city_named(name: &str) -> Option<City> {
    lexicon().meanings_of(name).find_map(|n| match n {
        Name::City(c) => Some(*c),
        _ => None,
    })
}

/// The known organisation `name` names (an id, full name or alias).
pub(crate) fn organisation_named(name: &str) -> Option<Organisation> {
    lexicon().meanings_of(name).find_map(|n| match n {
        Name::Organisation(o) => Some(o.clone()),
        _ => None,
    })
}

/// The number of a month name or abbreviation ("October", "Oct", "Sept"), in any case.
pub(crate) fn month(word: &str) -> Option<u8> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    // The French names, folded ("février" is "fevrier"): announcements of the dialogue
    // are published in both languages.
    const FRENCH: [&str; 12] = [
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
    ];
    let word = word.strip_suffix('.').unwrap_or(word);
    if !(3..=9).contains(&word.len()) {
        return None;
    }
    // The first three letters tell the month: one match, not a search of the list above,
    // which cost a twentieth of all parsing (this runs for most words of dated
    // sentences). Setting bit 5 lowercases ASCII letters and maps no other byte onto one.
    let n: u8 = match word.as_bytes().get(..3)? {
        &[a, b, c] => match [a | 0x20, b | 0x20, c | 0x20] {
            [b'j', b'a', b'n'] => 1,
            [b'f', b'e', b'b' | b'v'] => 2,
            [b'm', b'a', b'r'] => 3,
            [b'a', b'p' | b'v', b'r'] => 4,
            [b'm', b'a', b'y' | b'i'] => 5,
            [b'j', b'u', b'n'] => 6,
            [b'j', b'u', b'l'] => 7,
            // "juin" and "juillet" share three letters.
            [b'j', b'u', b'i'] => match word.as_bytes().get(3).map(u8::to_ascii_lowercase) {
                Some(b'n') => 6,
                _ => 7,
            },
            [b'a', b'u', b'g'] | [b'a', b'o', b'u'] => 8,
            [b's', b'e', b'p'] => 9,
            [b'o', b'c', b't'] => 10,
            [b'n', b'o', b'v'] => 11,
            [b'd', b'e', b'c'] => 12,
            _ => return None,
        },
        _ => return None,
    };
    let name = MONTHS.get(usize::from(n - 1))?;
    let french = FRENCH.get(usize::from(n - 1))?;
    // The whole name, or its first three or four letters ("Oct", "Sept"; in French "janv",
    // "juil", "déc").
    let whole = name.eq_ignore_ascii_case(word) || french.eq_ignore_ascii_case(word);
    let opens = |name: &str| {
        name.get(..word.len())
            .is_some_and(|prefix| prefix.eq_ignore_ascii_case(word))
    };
    let abbreviation = word.len() <= 4 && (opens(name) || opens(french));
    (whole || abbreviation).then_some(n)
}

/// Numbers in words, as `number_words` and `ends_number_word` read them.
const UNITS: [&str; 19] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Whether `word` ends a number written in words ("thirty", "twenty-five", "hundred",
/// "thousand"), in any case.
pub(crate) fn ends_number_word(word: &str) -> bool {
    let last = word.rsplit('-').next().unwrap_or(word);
    last.eq_ignore_ascii_case("hundred")
        || last.eq_ignore_ascii_case("thousand")
        || UNITS
            .iter()
            .chain(&TENS)
            .any(|n| n.eq_ignore_ascii_case(last))
}

/// Numbers as announcements write them in words, for figures of attendance ("some thirty
/// countries", "twenty-five participants", "two hundred delegates"): one to ninety-nine,
/// whole hundreds and thousands, and the French round figures.
fn number_words() -> Vec<(String, u32)> {
    let mut words = Vec::new();
    for (unit, n) in UNITS.iter().zip(1..) {
        words.push(((*unit).to_owned(), n));
    }
    for (ten, t) in TENS.iter().zip((20..).step_by(10)) {
        words.push(((*ten).to_owned(), t));
        for (unit, n) in UNITS.iter().take(9).zip(1..) {
            words.push((format!("{ten}-{unit}"), t + n));
        }
    }
    // French round figures: "une cinquantaine de participants" (about fifty).
    for (word, n) in [
        ("dizaine", 10),
        ("douzaine", 12),
        ("quinzaine", 15),
        ("vingtaine", 20),
        ("trentaine", 30),
        ("quarantaine", 40),
        ("cinquantaine", 50),
        ("soixantaine", 60),
        ("centaine", 100),
    ] {
        words.push((word.to_owned(), n));
    }
    // "A dozen countries", "two dozen experts" (not "dozens of", which counts nothing).
    words.push(("a dozen".to_owned(), 12));
    for (unit, n) in UNITS.iter().take(9).zip(1..).skip(1) {
        words.push((format!("{unit} dozen"), n * 12));
    }
    words.push(("a hundred".to_owned(), 100));
    words.push(("a thousand".to_owned(), 1000));
    for (unit, n) in UNITS.iter().take(9).zip(1..) {
        words.push((format!("{unit} hundred"), n * 100));
        words.push((format!("{unit} thousand"), n * 1000));
    }
    words
}

/// Whether `word` names a month or a weekday, in any case: a word dates are made of.
pub(crate) fn is_calendar_word(word: &str) -> bool {
    month(word).is_some() || is_weekday(word)
}

/// Whether `word` is a weekday name, in any case: English, abbreviated ("Tue", "Thurs")
/// or not, and French ("mardi").
pub(crate) fn is_weekday(word: &str) -> bool {
    const DAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    const SHORT: [&str; 10] = [
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ];
    const FRENCH: [&str; 7] = [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ];
    let one_of = |days: &[&str]| days.iter().any(|d| d.eq_ignore_ascii_case(word));
    match word.len() {
        // Every English weekday ends in "day"; most words are turned away by that alone.
        6..=9
            if word
                .get(word.len() - 3..)
                .is_some_and(|end| end.eq_ignore_ascii_case("day")) =>
        {
            one_of(&DAYS)
        }
        3..=8 => one_of(&SHORT) || one_of(&FRENCH),
        _ => false,
    }
}

impl Lexicon {
    fn build() -> Lexicon {
        Lexicon::tables().finish()
    }

    /// Every name and cue of the tables, collected.
    fn tables() -> Builder {
        let mut builder = Builder::default();
        for country in Country::all() {
            builder.add(country.code().name(), Name::Country(country), Case::Capital);
            builder.add(country.name(), Name::Country(country), Case::Capital);
        }
        for &(code, names) in countries::NAMES {
            let country = known(code);
            for name in names {
                // Inverted forms of statistical tables ("Gambia, The") are taken only as
                // written: in prose the same words part a list ("the Gambia, the
                // Netherlands").
                let case = if name.contains(", ") {
                    Case::Exact
                } else {
                    Case::Capital
                };
                builder.add(name, Name::Country(country), case);
            }
        }
        for &(code, names) in countries::ACRONYMS {
            for name in names {
                builder.add(name, Name::Country(known(code)), Case::Exact);
            }
        }
        for &(code, masculine) in countries::FRENCH_DEMONYMS {
            for form in countries::french_forms(masculine) {
                builder.add(&form, Name::Demonym(known(code)), Case::Lower);
            }
        }
        for &(code, names) in countries::DEMONYMS {
            for name in names {
                builder.add(name, Name::Demonym(known(code)), Case::Capital);
                // The people as a noun: "the Ministry of Malians Abroad".
                if name.ends_with("an") {
                    let people = format!("{name}s");
                    builder.add(&people, Name::Demonym(known(code)), Case::Capital);
                }
            }
        }
        for &(name, codes) in countries::AMBIGUOUS {
            let all = codes.iter().map(|c| known(c)).collect();
            builder.add(name, Name::Ambiguous(all), Case::Capital);
        }
        // "Bolivia (Plurinational State of)" is also written "Bolivia", unless the short
        // form is another country's name ("Congo") or ambiguous ("Korea").
        for country in Country::all() {
            let iso = country.code().name();
            if let Some((short, _)) = iso.split_once(" (")
                && !builder.by_key.contains_key(&fold_key(short))
            {
                builder.add(short, Name::Country(country), Case::Capital);
            }
        }
        for &(code, entries) in places::CITIES {
            for entry in entries {
                let canonical = entry.split('|').next().unwrap_or(entry);
                let city = City::new(canonical, known(code));
                for spelling in entry.split('|') {
                    builder.add(spelling, Name::City(city), Case::Capital);
                }
            }
        }
        for name in places::NAMED {
            builder.add(name, Name::Document, Case::Capital);
        }
        for name in cues::DIALOGUE {
            builder.add(name, Name::Dialogue, Case::Capital);
        }
        for org in Organisation::KNOWN {
            let name = Name::Organisation(org.clone());
            builder.add_owned(org.as_str(), name.clone());
            builder.add_owned(org.full_name(), name);
        }
        for (org, names) in cues::ORGANISATIONS {
            for alias in names.iter() {
                builder.add(alias, Name::Organisation(org.clone()), Case::Capital);
            }
        }
        for name in cues::OTHER_ORGANISATIONS {
            let org = Organisation::Other((*name).to_owned());
            builder.add(name, Name::Organisation(org), Case::Capital);
        }
        for &(process, names) in cues::PROCESSES {
            for name in names {
                builder.add(name, Name::Process(process), Case::Capital);
            }
        }
        // "the Rabat and Khartoum Processes", "the Khartoum and Prague Processes": each
        // process named.
        for &(first, one) in cues::CITY_PROCESSES {
            for &(second, other) in cues::CITY_PROCESSES {
                let name = format!("{first} and {second} Processes");
                for process in [one, other]
                    .into_iter()
                    .flatten()
                    .filter(|_| first != second)
                {
                    builder.add(&name, Name::Process(process), Case::Capital);
                }
            }
        }
        for &(kind, names) in cues::KINDS {
            for name in names {
                builder.add(name, Name::Kind(kind), Case::Any);
                // The committee by its initials, in capitals only: "The SC met", "the SC
                // meeting". As with its full name, the words after it must say it met.
                if kind == MeetingKind::SteeringCommittee
                    && let Some(rest) = name.strip_prefix("steering committee ")
                    && !rest.starts_with("of ")
                {
                    builder.add(&format!("SC {rest}"), Name::Kind(kind), Case::Exact);
                }
            }
        }
        for &(theme, names) in cues::THEMES {
            for name in names {
                // Acronyms only in capitals: "AVR", never the French "avr." of April.
                let acronym = name.bytes().all(|b| b.is_ascii_uppercase());
                let case = if acronym { Case::Exact } else { Case::Any };
                builder.add(name, Name::Theme(theme), case);
            }
        }
        for &(cue, names) in cues::ROLE_CUES {
            for name in names {
                builder.add(name, Name::Cue(cue), Case::Any);
            }
        }
        for (words, value) in number_words() {
            builder.add(&words, Name::Number(value), Case::Any);
        }
        builder
    }

    /// Every name in `text` (folded), in order, without overlaps; the longest wins. A name
    /// runs on over up to `breaks` line breaks in a row: one on a page, where a blank line
    /// ends a paragraph; two on a page whose every break was doubled ("hosted by Cabo",
    /// blank, "Verde").
    pub(crate) fn scan(&self, text: &str, breaks: usize) -> Vec<Hit> {
        // Names start at word starts, so the automaton is run anchored there: a few steps
        // per word, and never a match inside a word ("us" in "focus") to throw away.
        let bytes = text.as_bytes();
        // Announcements name something every 34 bytes or so: room for that from the start
        // spares growing and copying the list on a large page (untouched room costs no
        // memory).
        let mut hits = Vec::with_capacity(text.len() / 32);
        let mut at = 0;
        while let Some(&b) = bytes.get(at) {
            let start = at;
            match BYTE_CLASS.get(usize::from(b)) {
                Some(&WORD) => {
                    let (end, packed) = ascii_word_at(bytes, start);
                    let key = key_of(packed, end - start);
                    let word = bytes.get(start..end).unwrap_or(&[]);
                    // Most words begin no name: they are passed over whole.
                    if self.filter.passes_over(bytes, end, key) {
                        at = end;
                        continue;
                    }
                    // The automaton resumes after a name's first word rather than being
                    // stepped through it.
                    if let Some(state) = self.first_words.state_after(word, packed, key) {
                        let found = self.longest_from(text, breaks, start, end, state);
                        at = Self::resume(&mut hits, found, text, start);
                        continue;
                    }
                }
                Some(&NON_WORD) => {
                    at += 1;
                    continue;
                }
                _ => match text.get(start..).and_then(|r| r.chars().next()) {
                    Some(c) if c.is_alphanumeric() => {}
                    Some(c) => {
                        at += c.len_utf8();
                        continue;
                    }
                    None => break,
                },
            }
            let found = self.longest_from(text, breaks, start, start, self.start);
            at = Self::resume(&mut hits, found, text, start);
        }
        hits
    }

    /// Keeps a name found at the word start `start`, and says where the scan resumes: a
    /// name ends at a word end, so the next word start is searched from there; else after
    /// the word.
    fn resume(hits: &mut Vec<Hit>, found: Option<Hit>, text: &str, start: usize) -> usize {
        match found {
            Some(hit) => {
                hits.push(hit);
                hit.end
            }
            None => word_end(text, start),
        }
    }

    /// The longest name starting at the word start `start` that ends at a word end and whose
    /// case rule the text satisfies, from the automaton in `state` at `from`: the start
    /// state at `start`, or the state after the name's first word. The automaton is stepped
    /// by hand: most words leave its start state on their first bytes, and a shorter name
    /// is still found when a longer one ends inside a word or fails its case rule. A name
    /// runs on over no more than `breaks` line breaks in a row.
    fn longest_from(
        &self,
        text: &str,
        breaks: usize,
        start: usize,
        from: usize,
        state: StateID,
    ) -> Option<Hit> {
        let bytes = text.as_bytes();
        let mut state = state;
        let mut best = self.accepted(text, start, from, state);
        // Indexed by hand: an enumerating iterator kept its count in memory, on the path
        // that waits for each state.
        let mut i = from;
        while let Some(&b) = bytes.get(i) {
            i += 1;
            // A name may run on over a line break, as a wrapped line cuts it ("the Islamic
            // Republic of" over "Mauritania"), with spaces around it where lines are
            // indented or padded: a run of white space is one space, but not over more
            // breaks than a paragraph's lines are parted by.
            let b = match b {
                b' ' | b'\n' | b'\t' => {
                    let mut run = usize::from(b == b'\n');
                    while let Some(&w @ (b' ' | b'\n' | b'\t')) = bytes.get(i) {
                        run += usize::from(w == b'\n');
                        i += 1;
                    }
                    if run > breaks {
                        break;
                    }
                    b' '
                }
                b => b,
            };
            state = self.automaton.next_state(Anchored::Yes, state, b);
            if !self.automaton.is_special(state) {
                continue;
            }
            if self.automaton.is_dead(state) {
                break;
            }
            best = self.accepted(text, start, i, state).or(best);
        }
        best
    }

    /// The name the automaton in `state` has matched from `start` to `end`, if the state
    /// matches one, it ends a word, and the text satisfies its case rule.
    fn accepted(&self, text: &str, start: usize, end: usize, state: StateID) -> Option<Hit> {
        if !self.automaton.is_match(state) {
            return None;
        }
        let pattern = self.automaton.match_pattern(state, 0).as_u32();
        if !ends_word(text, end) {
            return None;
        }
        let summary = self.summaries.get(pattern as usize)?;
        let entries = self.entries_of(pattern);
        // One bit per meaning, of the first 16 (no pattern has more: a test keeps it so).
        let shift = u32::try_from(16 - entries.len().min(16)).unwrap_or(16);
        let all = u16::MAX.checked_shr(shift).unwrap_or(0);
        let agreeing = match summary.case {
            // One rule decides for all: most patterns have a single meaning.
            Some(Case::Capital) if !starts_capital(text.get(start..).unwrap_or("")) => 0,
            Some(Case::Capital) => all,
            _ if entries.iter().all(|e| e.case == Case::Any) => all,
            _ => {
                let matched = text.get(start..end).unwrap_or("");
                entries
                    .iter()
                    .take(16)
                    .enumerate()
                    .filter(|(_, e)| case_agrees(e, matched))
                    .fold(0, |bits, (i, _)| bits | 1 << i)
            }
        };
        (agreeing != 0).then_some(Hit {
            start,
            end,
            pattern,
            classes: summary.classes,
            agreeing,
        })
    }

    /// The meanings of a hit whose case rule the matched text satisfies.
    pub(crate) fn names(&self, hit: Hit) -> impl Iterator<Item = &Name> {
        self.entries_of(hit.pattern)
            .iter()
            .take(16)
            .enumerate()
            .filter(move |&(i, _)| hit.agreeing & 1 << i != 0)
            .map(|(_, e)| &e.name)
    }

    /// Every meaning of a whole string, in any case: a user who types "cote d'ivoire" or
    /// "cedeao" as a whole name means the country or the organisation.
    pub(crate) fn meanings_of<'a>(&'a self, name: &str) -> impl Iterator<Item = &'a Name> {
        let entries = self
            .by_key
            .get(&fold_key(name))
            .map(|&p| self.entries_of(p))
            .unwrap_or(&[]);
        entries.iter().map(|e| &e.name)
    }

    /// Every folded name of a country the lexicon knows, with its country: the keys of
    /// whole-string lookups that name one.
    fn country_keys(&self) -> impl Iterator<Item = (&str, Country)> {
        self.by_key.iter().filter_map(|(key, &p)| {
            let mut countries = self.entries_of(p).iter().filter_map(|e| match e.name {
                Name::Country(c) if e.case != Case::Exact => Some(c),
                _ => None,
            });
            countries.next().map(|c| (key.as_str(), c))
        })
    }

    fn entries_of(&self, pattern: u32) -> &[Entry] {
        let p = pattern as usize;
        let range = match (self.starts.get(p), self.starts.get(p + 1)) {
            (Some(&start), Some(&end)) => start as usize..end as usize,
            _ => 0..0,
        };
        self.entries.get(range).unwrap_or(&[])
    }
}

fn case_agrees(entry: &Entry, matched: &str) -> bool {
    match entry.case {
        Case::Any => true,
        Case::Capital => starts_capital(matched),
        Case::Lower => matched.starts_with(char::is_lowercase),
        Case::Exact => entry
            .written
            .chars()
            .eq(matched.chars().filter(|c| c.is_alphanumeric())),
    }
}

/// Whether `text` does not start with a lowercase letter, as names written with a
/// capital must not. ASCII is told by its byte.
fn starts_capital(text: &str) -> bool {
    match text.as_bytes().first() {
        Some(b) if b.is_ascii() => !b.is_ascii_lowercase(),
        _ => !text.starts_with(char::is_lowercase),
    }
}

fn alphanumerics(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// Which words may begin a name, as a filter: a word it passes over is not given to the
/// automaton. Words are judged by their ASCII letters and digits in any case (the
/// automaton is ASCII case-insensitive) through three 8 KB bit tables indexed by a hash,
/// so a word that shares a bit with a name's word is merely left to the automaton:
/// - `begins`: the first word of every name. Two words in three begin none.
/// - `whole`: first words that may end a name or be followed by what `pair_after` does
///   not judge ("Spain", "St" of "St."). These always go to the automaton.
/// - `pairs`: for the other first words, the gap and the word that follow them in a name
///   ("the" + " " + "gambia"). "The" is a tenth of all words and begins many names, but
///   seldom is one followed by its next word.
struct WordFilter {
    begins: Bits,
    whole: Bits,
    pairs: Bits,
}

impl WordFilter {
    fn new(patterns: &[String]) -> WordFilter {
        let mut filter = WordFilter {
            begins: Bits::new(),
            whole: Bits::new(),
            pairs: Bits::new(),
        };
        for pattern in patterns {
            let bytes = pattern.as_bytes();
            // A name can only begin at a word whose ASCII letters and digits are exactly
            // its leading ones, since a name ends at a word end. A name that begins with
            // another character is found only at such a character, which is never passed
            // over.
            let end = ascii_word_end(bytes, 0);
            let word = word_key(bytes.get(..end).unwrap_or(&[]));
            filter.begins.set(word);
            match pair_after(bytes, end) {
                Some(pair) => filter.pairs.set(pair_key(word, pair)),
                None => filter.whole.set(word),
            }
        }
        filter
    }

    /// Whether no name begins with the word of ASCII letters and digits that ends at `end`,
    /// by its `word_key`. A word that runs on into other characters is not judged here.
    fn passes_over(&self, bytes: &[u8], end: usize, word: u64) -> bool {
        if bytes.get(end).is_some_and(|b| !b.is_ascii()) {
            return false;
        }
        if !self.begins.has(word) {
            return true;
        }
        if self.whole.has(word) {
            return false;
        }
        pair_after(bytes, end).is_some_and(|pair| !self.pairs.has(pair_key(word, pair)))
    }
}

/// The automaton's state after each first word of a name (its leading ASCII letters and
/// digits), in an open-addressing table by `word_key`.
struct FirstWords {
    /// One more than an index into `words`, or 0 for an empty slot.
    slots: Vec<u32>,
    words: Vec<FirstWord>,
}

/// A first word, kept so that most are told without leaving the table: its first eight
/// bytes packed as `packed_of` packs them, which tell a word of up to eight bytes whole.
struct FirstWord {
    packed: u64,
    len: usize,
    /// The bytes after the first eight, in lower case.
    rest: Box<[u8]>,
    /// The automaton's state after the word.
    state: StateID,
}

impl FirstWords {
    /// The fewest slots, as a power of two. There are at least four slots per word, so
    /// probes stay short and end at an empty slot.
    const MIN_BITS: u32 = 12;

    fn new(patterns: &[String], automaton: &NFA, start: StateID) -> FirstWords {
        let mut words: Vec<Box<[u8]>> = patterns
            .iter()
            .filter_map(|p| {
                let bytes = p.as_bytes();
                let word = bytes.get(..ascii_word_end(bytes, 0))?;
                (!word.is_empty()).then(|| word.to_ascii_lowercase().into_boxed_slice())
            })
            .collect();
        words.sort_unstable();
        words.dedup();
        let bits = (words.len() * 4)
            .next_power_of_two()
            .trailing_zeros()
            .max(Self::MIN_BITS);
        let mut table = FirstWords {
            slots: vec![0; 1 << bits],
            words: Vec::with_capacity(words.len()),
        };
        for word in words {
            let state = word.iter().fold(start, |state, &b| {
                automaton.next_state(Anchored::Yes, state, b)
            });
            let mut slot = table.slot(word_key(&word));
            while table.slots.get(slot).is_some_and(|&s| s != 0) {
                slot = (slot + 1) % table.slots.len();
            }
            table.words.push(FirstWord {
                packed: packed_of(swar::load8(&word, 0), word.len()),
                len: word.len(),
                rest: word.get(8..).unwrap_or(&[]).into(),
                state,
            });
            if let Some(s) = table.slots.get_mut(slot) {
                *s = u32::try_from(table.words.len()).unwrap_or(0);
            }
        }
        table
    }

    fn slot(&self, key: u64) -> usize {
        let bits = self.slots.len().trailing_zeros();
        usize::try_from(key >> (64 - bits)).unwrap_or(0)
    }

    /// The state after `word`, packed as `packed` with `word_key` `key`, if it is a
    /// name's first word.
    fn state_after(&self, word: &[u8], packed: u64, key: u64) -> Option<StateID> {
        let mut slot = self.slot(key);
        loop {
            let index = self.slots.get(slot)?.checked_sub(1)?;
            let first = self.words.get(usize::try_from(index).ok()?)?;
            if first.packed == packed
                && first.len == word.len()
                && first
                    .rest
                    .eq_ignore_ascii_case(word.get(8..).unwrap_or(&[]))
            {
                return Some(first.state);
            }
            slot = (slot + 1) % self.slots.len();
        }
    }
}

/// A set of 64-bit hashes, as one bit per value of their top 16 bits.
struct Bits(Vec<u64>);

impl Bits {
    const BITS: u32 = 16;

    fn new() -> Bits {
        Bits(vec![0; (1 << Self::BITS) / 64])
    }

    fn index(hash: u64) -> (usize, u64) {
        let bit = usize::try_from(hash >> (64 - Self::BITS)).unwrap_or(0);
        (bit / 64, 1 << (bit % 64))
    }

    fn set(&mut self, hash: u64) {
        let (word, bit) = Self::index(hash);
        if let Some(w) = self.0.get_mut(word) {
            *w |= bit;
        }
    }

    fn has(&self, hash: u64) -> bool {
        let (word, bit) = Self::index(hash);
        self.0.get(word).is_none_or(|w| w & bit != 0)
    }
}

/// The end of the run of ASCII letters and digits at `start`.
fn ascii_word_end(bytes: &[u8], start: usize) -> usize {
    ascii_word_at(bytes, start).0
}

/// The end of the run of ASCII letters and digits at `start`, and its first eight bytes as
/// `packed_of` packs them. The run is read eight bytes at a time.
fn ascii_word_at(bytes: &[u8], start: usize) -> (usize, u64) {
    let first = swar::load8(bytes, start);
    let mut chunk = first;
    let mut end = start;
    loop {
        // Past the end are zeros, which are no letters.
        let run = swar::leading(swar::alnum_bits(chunk));
        end += run;
        if run < 8 {
            return (end, packed_of(first, end - start));
        }
        chunk = swar::load8(bytes, end);
    }
}

/// A hash of a word of ASCII letters and digits, in any case, from its length and first
/// eight bytes.
fn word_key(word: &[u8]) -> u64 {
    key_of(packed_of(swar::load8(word, 0), word.len()), word.len())
}

/// The first eight bytes of a word of ASCII letters and digits `len` bytes long, as `load8`
/// gives them as `first`, in lower case and with what follows the word cleared. Setting
/// bit 5 lowercases letters, leaves digits as they are and makes no letter a digit.
fn packed_of(first: u64, len: usize) -> u64 {
    let kept = if len >= 8 {
        u64::MAX
    } else {
        (1u64 << (8 * len)) - 1
    };
    (first | 0x2020_2020_2020_2020) & kept
}

/// The `word_key` of a word of `len` bytes whose first eight bytes pack as `packed`: one
/// multiplication mixes the bytes.
fn key_of(packed: u64, len: usize) -> u64 {
    (packed ^ (len as u64).rotate_right(8)).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// What follows a word that ends at `end`, hashed: the ASCII gap of up to eight bytes and
/// the next word of ASCII letters and digits. `None` where that cannot be judged: the gap
/// is longer, nothing follows it, or it or the next word runs into other characters.
fn pair_after(bytes: &[u8], end: usize) -> Option<u64> {
    // The gap is read from eight bytes at once: it ends at a letter, a digit or a byte
    // that is no ASCII. Past the end of the text are zeros, which are gap, and then no
    // word follows.
    let ahead = swar::load8(bytes, end);
    let gap = swar::leading(!(swar::alnum_bits(ahead) | ahead));
    let next_start = end + gap;
    // Eight bytes of gap may be all of it, if a word follows.
    if gap == 0
        || gap == 8
            && !bytes
                .get(next_start)
                .is_some_and(|b| !b.is_ascii() || b.is_ascii_alphanumeric())
    {
        return None;
    }
    let (next_end, next) = ascii_word_at(bytes, next_start);
    if next_end == next_start || bytes.get(next_end).is_some_and(|b| !b.is_ascii()) {
        return None;
    }
    let mut gap_bytes = ahead & (u64::MAX >> (64 - 8 * gap));
    // A run of white space of any kind and length is one space, as the automaton reads it:
    // a name runs on over a wrapped line ("the Islamic" over "Republic of Mauritania",
    // "Trinidad &" over "Tobago").
    if gap_bytes != u64::from(b' ') {
        gap_bytes = one_space_per_run(gap_bytes, gap);
    }
    Some(gap_bytes.wrapping_mul(0xff51_afd7_ed55_8ccd) ^ key_of(next, next_end - next_start))
}

/// The first `len` bytes of `gap` (as `load8` gives them) with each run of white space
/// written as one space.
fn one_space_per_run(gap: u64, len: usize) -> u64 {
    let mut out = 0u64;
    let mut shift = 0;
    let mut in_space = false;
    for b in gap.to_le_bytes().into_iter().take(len) {
        let space = matches!(b, b' ' | b'\n' | b'\t');
        if !(space && in_space) {
            out |= u64::from(if space { b' ' } else { b }) << shift;
            shift += 8;
        }
        in_space = space;
    }
    out
}

/// The hash of a first word and what follows it.
fn pair_key(word: u64, pair: u64) -> u64 {
    (word.rotate_left(29) ^ pair).wrapping_mul(0xc4ce_b9fe_1a85_ec53)
}

/// What an ASCII byte is to the scan, and what any other byte is.
const NON_WORD: u8 = 0;
const WORD: u8 = 1;
const NON_ASCII: u8 = 2;
// Built at compile time, where an index out of range stops the build.
#[allow(clippy::indexing_slicing)]
static BYTE_CLASS: [u8; 256] = {
    let mut table = [NON_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = if (b as u8).is_ascii_alphanumeric() {
            WORD
        } else {
            NON_WORD
        };
        b += 1;
    }
    table
};

/// The end of the word that starts at `start`: where a character that is neither a
/// letter nor a digit begins, or the end of the text. ASCII bytes are told by a table;
/// only other characters are decoded.
fn word_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = start;
    loop {
        // Eight bytes at a time: past the text's end are zeros, which are no letters.
        let run = swar::leading(swar::alnum_bits(swar::load8(bytes, i)));
        i += run;
        if run == 8 {
            continue;
        }
        match text.get(i..).and_then(|r| r.chars().next()) {
            Some(c) if !c.is_ascii() && c.is_alphanumeric() => i += c.len_utf8(),
            _ => return i,
        }
    }
}

/// Whether no letter or digit follows `end`: a name must not run into the next word.
fn ends_word(text: &str, end: usize) -> bool {
    match text.as_bytes().get(end) {
        None => true,
        Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
        Some(_) => !text
            .get(end..)
            .and_then(|s| s.chars().next())
            .is_some_and(char::is_alphanumeric),
    }
}

/// Other ways of writing a name's key: "guinea bissau" for "guinea-bissau", "trinidad &
/// tobago" for "trinidad and tobago", "st lucia" for "saint lucia", "cote divoire" for
/// "cote d'ivoire".
fn variants(key: &str) -> Vec<String> {
    let mut out: Vec<String> = vec![key.to_owned()];
    let rewrites: [(&str, &[&str]); 4] = [
        ("-", &[" "]),
        (" and ", &[" & "]),
        ("saint ", &["st ", "st. "]),
        ("'", &["", " "]),
    ];
    for (from, tos) in rewrites {
        let mut more = Vec::new();
        for k in &out {
            if k.contains(from) {
                more.extend(tos.iter().map(|to| k.replace(from, to)));
            }
        }
        out.extend(more);
    }
    out.retain(|k| k != key);
    out.sort();
    out.dedup();
    out
}

/// The country of a code in the static tables; a test checks that every code is known.
#[allow(clippy::panic)]
fn known(alpha2: &str) -> Country {
    Country::from_alpha2(alpha2)
        .unwrap_or_else(|| panic!("lexicon table names unknown country {alpha2}"))
}

/// Collects patterns and their meanings, merging duplicates.
#[derive(Default)]
struct Builder {
    patterns: Vec<String>,
    entries: Vec<Vec<Entry>>,
    by_key: HashMap<String, u32>,
}

impl Builder {
    fn add(&mut self, written: &str, name: Name, case: Case) {
        let case = if cues::CASE_EXACT.contains(&written) {
            Case::Exact
        } else {
            case
        };
        let key = fold_key(written);
        if case != Case::Any {
            for variant in variants(&key) {
                self.add_key(variant, written, name.clone(), case);
            }
        }
        self.add_key(key, written, name, case);
    }

    fn add_key(&mut self, key: String, written: &str, name: Name, case: Case) {
        let id = match self.by_key.get(&key) {
            Some(&id) => id,
            None => {
                let id = u32::try_from(self.patterns.len()).unwrap_or(u32::MAX);
                self.patterns.push(key.clone());
                self.entries.push(Vec::new());
                self.by_key.insert(key, id);
                id
            }
        };
        if let Some(list) = self.entries.get_mut(id as usize) {
            let written = alphanumerics(written);
            if !list
                .iter()
                .any(|e| e.name == name && e.case == case && e.written == written)
            {
                list.push(Entry {
                    name,
                    case,
                    written,
                });
            }
        }
    }

    /// Adds an organisation's id or full name: ids written in capitals ("ICMPD", "AfDB")
    /// match only in capitals.
    fn add_owned(&mut self, text: &str, name: Name) {
        let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
        let upper = letters.iter().filter(|c| c.is_uppercase()).count();
        let case = if upper >= 2 && !text.contains(' ') {
            Case::Exact
        } else {
            Case::Capital
        };
        self.add(text, name, case);
    }

    /// Compiles the automaton. It is built from the static tables alone, never from input,
    /// and every test builds it, so the panic below cannot be reached by a caller.
    #[allow(clippy::panic)]
    fn finish(self) -> Lexicon {
        let automaton = contiguous::Builder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(&self.patterns)
            .unwrap_or_else(|e| panic!("lexicon automaton failed to build: {e}"));
        let start = automaton
            .start_state(Anchored::Yes)
            .unwrap_or_else(|e| panic!("lexicon automaton has no anchored start: {e}"));
        let summaries = self.entries.iter().map(|list| Summary::of(list)).collect();
        let mut starts = vec![0];
        let mut entries = Vec::new();
        for list in self.entries {
            entries.extend(list);
            starts.push(u32::try_from(entries.len()).unwrap_or(u32::MAX));
        }
        Lexicon {
            first_words: FirstWords::new(&self.patterns, &automaton, start),
            automaton,
            start,
            filter: WordFilter::new(&self.patterns),
            entries,
            starts,
            summaries,
            by_key: self.by_key,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Folded;

    proptest::proptest! {
        /// Words read eight bytes at a time end where a byte-by-byte reading ends them,
        /// and have the key of their bytes.
        #[test]
        fn words_are_read_eight_bytes_at_a_time(
            bytes in proptest::collection::vec(
                proptest::sample::select(b"aZz09AM @[`{/:\x80\xc3\xff-".to_vec()),
                0..40,
            ),
            start in 0usize..40,
        ) {
            let start = start.min(bytes.len());
            let end = start
                + bytes[start..]
                    .iter()
                    .position(|b| !b.is_ascii_alphanumeric())
                    .unwrap_or(bytes.len() - start);
            let folded: Vec<u8> = bytes[start..end].to_ascii_lowercase();
            let (found, packed) = ascii_word_at(&bytes, start);
            proptest::prop_assert_eq!((found, key_of(packed, found - start)), (end, word_key(&folded)));
        }
    }

    #[test]
    fn a_country_misspelt_by_one_letter_is_the_country() {
        let code = |name: &str| country_misspelt(name).map(|c| c.alpha2());
        for (name, country) in [
            ("Ethopia", "ET"),
            ("Tunesia", "TN"),
            ("Luxemburg", "LU"),
            ("Gambai", "GM"),
            ("Senegall", "SN"),
        ] {
            assert_eq!(code(name), Some(country), "{name}");
        }
        // Short names, other first letters, two edits and bodies are none.
        for name in ["Malli", "Zenegal", "Etiopa", "Sahel Institute", "Spain"] {
            assert_eq!(code(name), None, "{name}");
        }
        assert!(one_edit_apart(b"abcd", b"abdc"));
        assert!(one_edit_apart(b"abcd", b"abd"));
        assert!(one_edit_apart(b"abd", b"abcd"));
        assert!(one_edit_apart(b"abcd", b"abxd"));
        assert!(!one_edit_apart(b"abcd", b"abcd"));
        assert!(!one_edit_apart(b"abcd", b"badc"));
    }

    #[test]
    fn the_word_filter_passes_every_name() {
        let patterns = Lexicon::tables().patterns;
        let filter = WordFilter::new(&patterns);
        for pattern in &patterns {
            for written in [pattern.clone(), pattern.to_uppercase()] {
                for text in [
                    format!("{written} x"),
                    format!("{written}."),
                    written.clone(),
                ] {
                    let bytes = text.as_bytes();
                    if bytes.first().is_some_and(u8::is_ascii_alphanumeric) {
                        let end = ascii_word_end(bytes, 0);
                        let key = word_key(&bytes[..end]);
                        assert!(!filter.passes_over(bytes, end, key), "{text:?}");
                    }
                }
            }
        }
        // Most words begin none, and "the" is seldom followed by a name's next word.
        let passed_over = |text: &str| {
            let bytes = text.as_bytes();
            let end = ascii_word_end(bytes, 0);
            filter.passes_over(bytes, end, word_key(&bytes[..end]))
        };
        let words = ["and", "of", "were", "discussed", "2019", "participants"];
        let passed = words.iter().filter(|w| !passed_over(w)).count();
        assert!(passed < words.len(), "{passed} of {} passed", words.len());
        assert!(passed_over("the meeting"));
        assert!(passed_over("The participants"));
        assert!(!passed_over("the Gambia"));
        // White space of any kind is a space, as the automaton reads it.
        assert!(!passed_over("the\n\tGambia"));
        assert!(!passed_over("Trinidad &\nTobago"));
        assert!(!passed_over("THE NETHERLANDS"));
        // What the pairs cannot judge goes to the automaton.
        assert!(!passed_over("the"));
        assert!(!passed_over("the \u{e9}t\u{e9}"));
        assert!(!passed_over("the          meeting"));
    }

    /// The scan without its shortcuts: the automaton run from the start state at every
    /// word start.
    fn scanned_from_every_word(text: &str, breaks: usize) -> Vec<Hit> {
        let lexicon = lexicon();
        let mut hits = Vec::new();
        let mut at = 0;
        while let Some(c) = text.get(at..).and_then(|r| r.chars().next()) {
            if !c.is_alphanumeric() {
                at += c.len_utf8();
                continue;
            }
            let found = lexicon.longest_from(text, breaks, at, at, lexicon.start);
            at = Lexicon::resume(&mut hits, found, text, at);
        }
        hits
    }

    #[test]
    fn the_scan_finds_what_the_automaton_finds_from_every_word_start() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
        let mut pages: Vec<String> = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect();
        assert!(pages.len() > 100, "{} pages", pages.len());
        pages.push(
            "hosted by Guinea\n Bissau, Guinea-\tBissau, Trinidad &\nTobago, St.\nKitts, \
             ST. LUCIA, the\n\nGambia, the  Gambia, Cote d'Ivoire, COTE D' IVOIRE, Sao \u{e9}"
                .to_owned(),
        );
        for page in &pages {
            let folded = Folded::new(page);
            let text = folded.as_str();
            let hits = |hits: Vec<Hit>| -> Vec<_> {
                hits.iter()
                    .map(|h| (&text[h.start..h.end], h.pattern, h.agreeing))
                    .collect()
            };
            for breaks in [1, 2] {
                assert_eq!(
                    hits(lexicon().scan(text, breaks)),
                    hits(scanned_from_every_word(text, breaks))
                );
            }
        }
    }

    fn found(text: &str) -> Vec<(String, Vec<Name>)> {
        let folded = Folded::new(text);
        let f = folded.as_str();
        lexicon()
            .scan(f, 1)
            .into_iter()
            .map(|h| {
                (
                    f[h.start..h.end].to_owned(),
                    lexicon().names(h).cloned().collect(),
                )
            })
            .collect()
    }

    fn country(code: &str) -> Name {
        Name::Country(known(code))
    }

    #[test]
    fn names_run_on_over_a_line_break_but_not_a_blank_line() {
        for text in [
            "hosted by the Islamic Republic of\nMauritania",
            "hosted by the Islamic Republic of   \n   Mauritania",
            "hosted by the Islamic Republic of\t\n\tMauritania",
            "hosted by the Islamic\nRepublic of Mauritania",
            "hosted by the Islamic  \n  Republic of Mauritania",
        ] {
            let hits = found(text);
            assert_eq!(
                hits.last().map(|h| &h.1[..]),
                Some(&[country("MR")][..]),
                "{text:?}"
            );
            assert_eq!(hits.len(), 2, "{text:?}");
        }
        // Two spaces are one.
        let hits = found("by Cote  d'Ivoire");
        assert_eq!(hits.last().map(|h| &h.1[..]), Some(&[country("CI")][..]));
        // Over a blank line, "Mauritania" is a name of its own.
        let hits = found("the Islamic Republic of\n\nMauritania");
        let texts: Vec<&str> = hits.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, ["Mauritania"]);
    }

    #[test]
    fn longest_whole_word_names_win() {
        let hits = found("Nigeria and Niger, Equatorial Guinea, Guinea-Bissau and Guinea");
        let names: Vec<_> = hits.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            names,
            [
                "Nigeria",
                "Niger",
                "Equatorial Guinea",
                "Guinea-Bissau",
                "Guinea"
            ]
        );
        assert_eq!(hits[1].1, [country("NE")]);
        assert_eq!(hits[4].1, [country("GN")]);
        let sudan = found("South Sudan and Sudan");
        assert_eq!(sudan[0].1, [country("SS")]);
        assert_eq!(sudan[1].1, [country("SD")]);
    }

    #[test]
    fn inverted_names_are_taken_only_as_written() {
        // In prose, the words of "Gambia, The" part a list.
        let hits = found("the Gambia, the Netherlands");
        let names: Vec<_> = hits.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(names, ["Gambia", "Netherlands"]);
        let hits = found("Gambia, The");
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].1, [country("GM")]);
    }

    #[test]
    fn a_shorter_name_is_found_when_the_longer_ends_inside_a_word() {
        // "Guinea-Bissau" runs into "Guinea-Bissaux": only "Guinea" is a whole word.
        let hits = found("Guinea-Bissaux");
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].0, "Guinea");
        assert_eq!(hits[0].1, [country("GN")]);
    }

    #[test]
    fn place_names_inside_process_names_are_not_places() {
        let hits = found("the Rabat Process and the Khartoum Process met in Rabat");
        assert_eq!(hits[0].1, [Name::Dialogue]);
        assert_eq!(hits[1].1, [Name::Process(Process::KhartoumProcess)]);
        assert_eq!(
            hits[2].1,
            [
                Name::Cue(Cue::Held),
                Name::Cue(Cue::After(&[Role::Participant]))
            ]
        );
        assert_eq!(hits[3].1, [Name::City(City::new("Rabat", known("MA")))]);
        // In French, as the dialogue's French pages name them; the AU's initiative in full.
        for (text, process) in [
            ("la Déclaration de Niamey", Process::NiameyDeclaration),
            ("le Processus de Khartoum", Process::KhartoumProcess),
            (
                "le Plan d'action conjoint de La Valette",
                Process::JointVallettaActionPlan,
            ),
            (
                "le Pacte mondial sur les réfugiés",
                Process::GlobalCompactOnRefugees,
            ),
            (
                "the Horn of Africa Initiative on Human Trafficking and Smuggling of Migrants",
                Process::AuHornOfAfricaInitiative,
            ),
            (
                "l'Initiative UA-Corne de l'Afrique",
                Process::AuHornOfAfricaInitiative,
            ),
        ] {
            let hits = found(text);
            assert_eq!(
                hits.last().map(|h| &h.1[..]),
                Some(&[Name::Process(process)][..]),
                "{text}"
            );
        }
        // Both dialogues named at once, either way round.
        for text in [
            "the Khartoum and Rabat Processes",
            "the Rabat and Khartoum processes",
        ] {
            let hits = found(text);
            assert_eq!(hits.len(), 1, "{text}");
            assert_eq!(
                hits[0].1,
                [Name::Process(Process::KhartoumProcess)],
                "{text}"
            );
        }
        // Two other processes named at once: each.
        let hits = found("the Khartoum and Prague Processes");
        assert_eq!(
            hits[0].1,
            [
                Name::Process(Process::KhartoumProcess),
                Name::Process(Process::PragueProcess)
            ]
        );
    }

    #[test]
    fn organisations_kept_by_name_hide_the_countries_in_their_names() {
        let hits = found("Expertise France and France");
        let other = Organisation::Other("Expertise France".to_owned());
        assert_eq!(hits[0].1, [Name::Organisation(other)]);
        assert_eq!(hits[1].1, [country("FR")]);
        // Their acronyms match only in capitals.
        assert!(found("giz").is_empty());
    }

    #[test]
    fn acronyms_match_only_in_capitals() {
        assert!(found("au revoir").is_empty());
        assert_eq!(found("the AU")[0].1, [Name::Organisation(Organisation::Au)]);
        assert_eq!(found("DRC")[0].1, [country("CD")]);
    }

    #[test]
    fn names_ignore_accents_and_apostrophes() {
        for text in [
            "Côte d'Ivoire",
            "Cote d’Ivoire",
            "COTE D'IVOIRE",
            "Ivory Coast",
        ] {
            assert_eq!(found(text)[0].1, [country("CI")], "{text}");
        }
    }

    #[test]
    fn every_meaning_of_a_pattern_has_its_agreement_bit() {
        // A hit tells which of its pattern's meanings agree with its case in 16 bits.
        let lexicon = lexicon();
        let most = (0..lexicon.summaries.len())
            .map(|p| lexicon.entries_of(u32::try_from(p).unwrap_or(0)).len())
            .max();
        assert!(most.is_some_and(|n| (1..=16).contains(&n)), "{most:?}");
    }

    #[test]
    fn meanings_follow_the_case_of_the_text() {
        // "Niger" the country wants a capital; "AU" only in capitals.
        let names = |text: &str| found(text).into_iter().flat_map(|(_, n)| n).count();
        assert_eq!(names("Niger and AU"), 2);
        assert_eq!(names("niger and au"), 0);
    }

    #[test]
    fn whole_string_lookups() {
        assert_eq!(country_named("kingdom of morocco"), Some(known("MA")));
        assert_eq!(country_named("Tchad"), Some(known("TD")));
        assert_eq!(country_named("Atlantis"), None);
        assert_eq!(organisation_named("CEDEAO"), Some(Organisation::Ecowas));
        assert_eq!(organisation_named("cedeao"), Some(Organisation::Ecowas));
    }

    #[test]
    fn months_and_weekdays() {
        assert_eq!(month("October"), Some(10));
        assert_eq!(month("oct"), Some(10));
        assert_eq!(month("Sept"), Some(9));
        assert_eq!(month("Sept."), Some(9));
        assert_eq!(month("Octobr"), None);
        assert_eq!(month("mar"), Some(3));
        assert_eq!(month("ma"), None);
        for (french, n) in [("janvier", 1), ("fevrier", 2), ("avril", 4), ("mai", 5)] {
            assert_eq!(month(french), Some(n), "{french}");
        }
        for (french, n) in [("juin", 6), ("Juillet", 7), ("aout", 8), ("decembre", 12)] {
            assert_eq!(month(french), Some(n), "{french}");
        }
        // French abbreviations, folded: "janv.", "févr.", "juil.", "déc.".
        for (french, n) in [
            ("janv", 1),
            ("fevr.", 2),
            ("avr", 4),
            ("juil", 7),
            ("dec.", 12),
        ] {
            assert_eq!(month(french), Some(n), "{french}");
        }
        assert_eq!(month("juille"), None);
        assert!(is_weekday("Tuesday"));
        // Abbreviated and French weekdays; not words that merely end in "day".
        assert!(is_weekday("Tues") && is_weekday("thu") && is_weekday("Mercredi"));
        assert!(!is_weekday("Tuesd") && !is_weekday("holiday") && !is_weekday("today"));
    }
}
