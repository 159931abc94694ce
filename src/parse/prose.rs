//! What the body of an announcement says about its meeting: kind, title, themes, related
//! processes, roles, participant figures, mode, and the venue country.
//!
//! Everything is read from the lexicon's hits and the tokens of the text, sentence by
//! sentence. Statements about another event in the same text (a follow-up meeting held the
//! day before, the workshop a side event ran beside) are told apart by the date or the kind
//! of meeting they are tied to, and are not this meeting's.

use std::cell::{Cell, OnceCell};
use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use chrono::Days;
use smallvec::SmallVec;

use crate::lexicon::{Cue, Hit, Name, class};
use crate::model::{
    Country, DateSpan, MeetingKind, Mode, Organisation, PartialDate, Participants, Party, Process,
    Role, Set, Theme,
};

use super::dates;
use super::doc::Doc;
use super::parties::{self, Gap, Listed};
use super::segment;
use super::tokens::{self, Kind, Token, tokenize};
use crate::swar;
use crate::text::{head, one_of, starts_with_spaced, tail};

/// Words shortly before an event noun that make it another event than the one announced
/// ("the annual follow-up meeting", "to prepare the Ministerial Conference"). The first
/// `COMING_WORDS` look ahead to a coming event.
pub(super) const OTHER_EVENT: &[&str] = &[
    "next",
    "upcoming",
    "forthcoming",
    // French, folded: "la prochaine réunion", "en marge de la réunion", "la réunion
    // précédente".
    "prochaine",
    "prochain",
    "follow-up",
    "preparatory",
    "previous",
    "subsequent",
    "future",
    "another",
    "past",
    "prior",
    "preceding",
    "following",
    "last",
    "prepare",
    "preparing",
    "preparation",
    "preparations",
    "ahead",
    "towards",
    "margins",
    "margin",
    "sidelines",
    // "Organised back-to-back with the Khartoum Process meeting co-chaired by Ethiopia".
    "back-to-back",
    "conjunction",
    "since",
    "after",
    "before",
    "marge",
    "precedente",
    "precedent",
];
/// Words shortly before a mode cue that tell how other meetings were held: "unlike
/// previous editions held online" (folded French too: "les éditions précédentes").
pub(super) const OTHER_TIMES: &[&str] = &[
    "previous",
    "past",
    "earlier",
    "unlike",
    "last",
    "prior",
    "precedente",
    "precedentes",
    "precedents",
];
/// Phrases that put what a sentence tells on another day than the meeting's.
const DAY_APART: &[&str] = &[
    "the day before",
    "the day after",
    "the previous day",
    "the following day",
    "the next day",
    "a day earlier",
    "a day later",
    "the eve of",
];
/// How many bytes after "participated" are looked at for "as (an) observer(s)".
const AS_OBSERVER_REACH: usize = 48;
/// How many bytes before a cue are looked at for the event it belongs to.
const CLAUSE_REACH: usize = 200;
/// How many words before an event noun are looked at for `OTHER_EVENT`.
const OTHER_EVENT_REACH: usize = 3;
/// How many words of `OTHER_EVENT`, from the first, name a coming event ("the next SOM").
/// A page that dates no other meeting announces the coming one.
const COMING_WORDS: usize = 5;
/// What introduces the capacity a party took part in: "as observers", "in an observer
/// capacity", "en tant qu'observateurs" (folded).
/// Bodies whose office a meeting may be held under without its holder chairing the
/// meeting: "under the French Presidency of the EU".
const OTHER_BODIES: &[&str] = &[
    "of the Council",
    "of the EU",
    "of the European Union",
    "of the African Union",
    "of the AU",
    "of ECOWAS",
    "du Conseil",
    "de l'UE",
    "de l'Union",
];
/// What names the dialogue itself as what an office is held in: "Niger chaired the Rabat
/// Process", "a présidé le Processus de Rabat".
const DIALOGUE: &[&str] = &[
    "the Rabat Process",
    "the Rabat process",
    "the dialogue",
    "the Dialogue",
    "le Processus de Rabat",
];

/// Whether `text` opens by naming the dialogue after an office: "of the Rabat Process",
/// "du Processus de Rabat". Its chair need not chair the meeting.
fn of_dialogue(text: &str) -> bool {
    text.strip_prefix("of ")
        .is_some_and(|rest| crate::text::starts_with_any(rest, DIALOGUE).is_some())
        || text.starts_with("du Processus de Rabat")
}
const AS_WORDS: &[&str] = &[
    "as ",
    "in an observer",
    "in observer",
    "in its capacity as",
    "in their capacity as",
    "with observer",
    "en tant qu",
    "en qualite d",
    "comme ",
];
/// The word right before a place that makes it a venue: "in Dakar", "at the EU", and in
/// French "au Sénégal", "en Côte d'Ivoire" ("à Dakar" is told by `after_venue_word`, as
/// folding makes it "a").
const VENUE_WORDS: &[&str] = &["in", "at", "au", "aux", "en"];
/// Words shortly before a place that make it a place the meeting did not happen in.
const NOT_HELD: &[&str] = &[
    "originally",
    "initially",
    "planned",
    "scheduled",
    "postponed",
    "instead",
    "supposed",
];
/// Words a few words before a date that make it a day the meeting was planned for rather
/// than held on ("originally planned for 15 March 2020").
const PLANNED_ONLY: &[&str] = &["originally", "initially"];
/// Words right before a date that make it a last day alone: "will run until 5 May".
pub(super) const UNTIL: &[&str] = &["until", "till", "through", "jusqu'au"];
/// Words before "in" that make the place after it where a body sits, not where the meeting
/// was held: "the African Migration Observatory in Rabat", "IOM, based in Dakar".
const SEATED: &[&str] = &[
    "based",
    "headquartered",
    "located",
    "seated",
    "observatory",
    "institute",
    "secretariat",
    "office",
    "offices",
];
/// Words before a generic "meeting" that make it the announced meeting, in French too
/// ("la réunion", "cette réunion", "un webinaire").
const SELF_REFERENCE: &[&str] = &["the", "this", "a", "la", "le", "cette", "ce", "une", "un"];
/// Words that lead in to a title after any words before them: "a workshop entitled",
/// "focused on", "under the theme" (French folded: "intitulée"). A quotation right after
/// the kind or "on" ("on the", "sur", "sur la") is a title too.
const TITLE_LEAD_INS: &[&str] = &[
    "entitled",
    "titled",
    "title",
    "focused on",
    "focussed on",
    "focusing on",
    "dedicated to",
    "devoted to",
    "called",
    "themed",
    "theme",
    "theme of",
    "topic",
    "topic of",
    "intitulee",
    "intitule",
    "intitulees",
    "intitules",
];
/// How many words may separate an event noun from a theme it governs ("workshop on the fight
/// against migrant smuggling").
const THEME_REACH: usize = 10;
/// How many words may open a sentence before the event that is its subject ("The next
/// thematic meeting", "In 2023, the follow-up workshop").
const SUBJECT_WORDS: usize = 5;
/// Words that say a sentence's figures are about who attended.
const ATTENDANCE: &[&str] = &[
    "gathered",
    "attended",
    "participated",
    "represented",
    "representing",
    "brought",
    "bringing",
    "gather",
    "convened",
    "welcomed",
    "took",
    "participants",
    "delegates",
    "including",
    "from",
    "representatives",
    "delegations",
    // "Ministers and heads of delegation of some 50 countries adopted ..."
    "delegation",
    "joined",
    "present",
    // "It saw the participation of 28 countries", "28 participating countries", "saw 28
    // countries take part".
    "participation",
    "participating",
    "take",
    // "Senior officials of 50 partner countries met in Rabat".
    "met",
    // "Attendance: 85 people", "The workshop trained 25 officials", "attracted 200".
    "attendance",
    "trained",
    "attracted",
    // French, as folded: "a réuni", "a rassemblé", "venus de", "ont participé".
    "reuni",
    "reunis",
    "rassemble",
    "venus",
    "participe",
    "representant",
    "presents",
];

/// Words that say a figure counts people ("80 participants").
const PEOPLE: &[&str] = &[
    "participants",
    "agents",
    "delegates",
    "representatives",
    "officials",
    "experts",
    "people",
    "persons",
    "attendees",
    "speakers",
    "officers",
    "trainees",
    "participant",
    "practitioners",
    "professionals",
    "statisticians",
    "researchers",
    "judges",
    "prosecutors",
    "diplomats",
    "stakeholders",
    "policymakers",
    "policy-makers",
    // French, as folded: "délégués", "représentants".
    "delegues",
    "representants",
];
/// Words that say a figure counts countries ("33 partner countries").
const COUNTRIES: &[&str] = &["countries", "states", "country", "pays"];
/// Words between a number and what it counts that say nothing: "11 were European", and
/// the French "de" after a round figure ("une vingtaine de pays").
/// So does "from" before a region: "of whom 12 from European countries".
const IDLE_VERBS: &[&str] = &["were", "are", "was", "being", "de", "from"];
/// Words that say a figure counts the countries of a region.
const REGIONS: &[&str] = &["european", "african"];
/// Words that name a part of a region ("West African").
const COMPASS: &[&str] = &[
    "west", "western", "east", "eastern", "north", "northern", "south", "southern", "central",
];

/// What the prose of one announcement says.
#[derive(Debug, Default)]
pub(crate) struct Prose {
    pub kind: Option<MeetingKind>,
    pub title: Option<(usize, usize)>,
    pub themes: Set<Theme>,
    pub processes: Set<Process>,
    /// Each party and role once, however often the text repeats them.
    pub roles: parties::Roles,
    /// Roles under the dialogue's chairmanship ("under the Senegalese chairmanship of the
    /// Rabat Process"): the meeting's only where nobody else chairs it.
    pub dialogue_chairs: parties::Roles,
    pub participants: Option<Participants>,
    pub mode: Option<Mode>,
    /// A venue country the text states after the city ("in Madrid, Spain").
    pub country: Option<Country>,
    /// The meeting's own date, where the prose states it and no header did, or a header
    /// did only to the month or the year.
    pub date: Option<(dates::Found, DateSpan)>,
    /// The venue the prose states ("will take place in Lomé, Togo").
    pub venue: Option<Venue>,
}

/// A venue stated in prose: a city (folded range) and its country, or a country alone.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Venue {
    pub city: Option<(usize, usize)>,
    pub country: Option<Country>,
}

/// The text an announcement's prose is read from.
pub(crate) struct Region<'r> {
    /// Folded range of the whole announcement, header included.
    pub start: usize,
    pub end: usize,
    /// Where the body starts, after the header line.
    pub body: usize,
    /// Where the role clauses the header grammar read end: the cues before it are not
    /// read a second time here.
    pub clauses_end: usize,
    /// The venue city as folded text, to find "City, Country" in the prose.
    pub city: Option<&'r str>,
    /// The meeting's date, to tell its own statements from those about other events.
    pub date: Option<DateSpan>,
    /// Where a press dateline ends ("DAKAR, 12 April 2017 –"): its date is when the story
    /// was written, not the meeting's.
    pub dateline_end: usize,
    /// The year of the section the announcement stands in, from a year heading above it
    /// ("2019"), for its dates that give none.
    pub section_year: Option<i32>,
}

/// Room the prose reader works in, kept from one announcement of a page to the next: most
/// announcements then allocate none of it, and the allocator is not asked for the large
/// blocks that make it tidy up its small ones.
#[derive(Default)]
pub(crate) struct Scratch {
    sentences: Vec<(usize, usize)>,
    each: Vec<Sentence>,
    tokens: Vec<Token>,
}

/// Reads the prose of `region`.
pub(crate) fn read(doc: &Doc<'_>, region: &Region<'_>, scratch: &mut Scratch) -> Prose {
    let text = doc.text();
    let hits = doc.hits_in(region.start, region.end);
    // The header is a sentence of its own, whether or not it ends with a full stop.
    let Scratch {
        sentences,
        each,
        tokens,
    } = scratch;
    sentences.clear();
    let breaks = doc.paragraph_breaks();
    self::sentences(text, breaks, region.start, region.body, sentences);
    self::sentences(text, breaks, region.body, region.end, sentences);
    let sentences: &[(usize, usize)] = sentences;
    let found_dates = SentenceDates::new(
        text,
        sentences,
        std::mem::take(each),
        std::mem::take(tokens),
    );
    // A date without a year takes the year of the announcement: its date, a year in its
    // first line ("Activities in 2019"), or the first year it gives.
    let title_year = || {
        let first_line_end = text
            .get(region.start..region.end)
            .and_then(|r| r.find('\n'))
            .map_or(region.end, |i| region.start + i);
        tokenize(text, region.start, first_line_end)
            .iter()
            .filter(|t| matches!(t.kind, Kind::Number { digits: 4, .. }))
            .find_map(|t| t.number().filter(|y| (1900..=2100).contains(y)))
            .and_then(|y| i32::try_from(y).ok())
    };
    let default_year = region
        .date
        .map(|d| d.end().year())
        .or_else(title_year)
        .or(region.section_year)
        .or_else(|| {
            (0..sentences.len()).find_map(|i| {
                found_dates
                    .of(i)
                    .iter()
                    .find_map(|d| d.last.y.or(d.first.y))
            })
        });
    let mut context = Context {
        doc,
        sentences,
        dates: &found_dates,
        dateline_end: region.dateline_end,
        date: region.date,
        default_year,
        kind: MeetingKind::default(),
        coming_is_own: false,
    };
    // "In June, a workshop will be held in Accra" in the story of a March meeting: what
    // the sentence names is another event's.
    let own = own_kind(doc, hits, false, &|at| context.month_apart(at));
    let kind = own.map(|(_, k)| k);
    context.kind = kind.unwrap_or_default();
    let mut prose = Prose {
        kind,
        mode: own.and_then(|own| own_mode(doc, hits, own, false, &|at| context.month_apart(at))),
        ..Prose::default()
    };
    if region.date.is_none() {
        prose.date = context.own_date();
        // A dated story whose lead reports a meeting ("ABUJA, 6 March 2019 – The Rabat
        // Process held ...") is about that one, dated by its dateline, whatever meeting to
        // come it names further on.
        let reports = region.dateline_end > region.start && {
            let lead = sentences
                .iter()
                .find(|&&(_, e)| e > region.dateline_end)
                .map_or("", |&(s, e)| text.get(s..e).unwrap_or(""));
            !lead.contains(" will ")
        };
        // "The Rabat Process will hold its next SOM on ...": with no other meeting dated,
        // the coming one is announced.
        if prose.date.is_none() && !reports {
            context.coming_is_own = true;
            prose.date = context.own_date();
            if prose.date.is_some() {
                let own = own_kind(doc, hits, true, &|at| context.month_apart(at));
                prose.kind = own.map(|(_, k)| k);
                prose.mode = own
                    .and_then(|own| own_mode(doc, hits, own, true, &|at| context.month_apart(at)));
                context.kind = prose.kind.unwrap_or_default();
            } else {
                context.coming_is_own = false;
            }
        }
        // A story that dates what it reports only in its dateline reports a meeting of the
        // days up to it: a sentence dated apart from those tells of another event ("The SOM
        // of June 2024 will be hosted by Nigeria").
        context.date = prose.date.map(|(_, span)| span).or_else(|| {
            (reports && kind.is_some())
                .then(|| days_up_to_dateline(doc, region, default_year))
                .flatten()
        });
    } else if let Some(stated) = region.date {
        // A date to the month or the year alone ("Abuja, June 2024") leaves the days to
        // the text where it gives them within it, as it does at once: "On 11 and 12 June
        // 2024, experts met". Further on, days are most often another event's. So does a
        // header's one day to the days the text gives around it ("Dakar, 12 March 2019"
        // over "From 12 to 14 March 2019, ..."): the header gave one of them.
        const REACH: usize = 2;
        let partial = !(stated.start().is_full() && stated.end().is_full());
        let one_day = !partial && stated.start() == stated.end();
        let first = sentences.partition_point(|&(_, e)| e <= region.body);
        prose.date = (partial || one_day)
            .then(|| context.own_date_within(first..(first + REACH).min(sentences.len())))
            .flatten()
            .filter(|&(_, span)| {
                if one_day {
                    span.start().is_full()
                        && span.start() != span.end()
                        && span.start().first_day() <= stated.start().first_day()
                        && stated.end().last_day() <= span.end().last_day()
                } else {
                    span.start().is_full()
                        && stated.contains(span.start().first_day())
                        && stated.contains(span.end().last_day())
                }
            });
        if let Some((_, span)) = prose.date {
            context.date = Some(span);
        }
    }
    if region.city.is_none() {
        prose.venue = context.venue();
    }
    let kind = context.kind;
    for (n, &hit) in hits.iter().enumerate() {
        if !hit.may_name(class::THEME | class::PROCESS | class::CUE | class::DEMONYM) {
            continue;
        }
        for name in doc.names(hit) {
            match name {
                // A theme already found needs no second look at what governs it.
                Name::Theme(theme)
                    if !prose.themes.contains(*theme)
                        && !context.month_apart(hit.start)
                        && !mobility_of_another_kind(text, hit)
                        && !in_office_name(text, hit)
                        && !context.governed_by_other_event(hits, n, kind) =>
                {
                    prose.themes.insert(*theme);
                }
                Name::Process(p) => {
                    prose.processes.insert(*p);
                }
                Name::Cue(_) if hit.start < region.clauses_end => {}
                Name::Cue(cue) => context.read_cue(*cue, hit, &mut prose),
                // A delegation is sent to the meeting: "the Senegalese delegation
                // presented its strategy" says Senegal took part, with no cue.
                Name::Demonym(_) if hit.start >= region.clauses_end => {
                    let (s, e) = context.sentence(hit.start);
                    // A delegation that holds a role read already is that role's holder:
                    // "co-chaired by the Moroccan and Spanish delegations".
                    let holds_role = |country: &Country| {
                        prose.roles.iter().any(|(role, party)| {
                            *role != Role::Participant
                                && matches!(party, Party::Country(c) if c == country)
                        })
                    };
                    if let Some((country, end)) = parties::delegation_of(doc, hit)
                        && !holds_role(&country)
                        && !context.about_other_event(s, hit.start)
                        && !context.names_other_event_after(end, e)
                    {
                        prose
                            .roles
                            .push((Role::Participant, Party::Country(country)));
                    }
                    break;
                }
                _ => {}
            }
        }
    }
    if prose.mode.is_none() {
        prose.mode = online_beside_a_place(doc, hits);
    }
    prose.title = title(doc, region).or_else(|| unquoted_title(doc, region));
    // Figures of another event are not this meeting's: "the Niamey Declaration, signed in
    // March 2018 by 18 countries".
    let apart = |i: usize, at: usize| {
        sentences
            .get(i)
            .is_some_and(|&(s, _)| context.dated_apart_in(i, s, at))
    };
    prose.participants = participants(doc, hits, &found_dates, &apart);
    prose.country = region.city.and_then(|city| stated_country(doc, hits, city));
    (*each, *tokens) = found_dates.recycle();
    prose
}

/// Hybrid where the text holds the meeting in a place and online: "held in Dakar and
/// online", not "available in print and online". Looked for after the places named
/// rather than as a name, as "and" opens so many.
fn online_beside_a_place(doc: &Doc<'_>, hits: &[Hit]) -> Option<Mode> {
    const PLACES: u16 = class::CITY | class::COUNTRY;
    let text = doc.text();
    hits.iter()
        .filter(|h| h.may_name(PLACES))
        .any(|h| {
            text.get(h.end..)
                .is_some_and(|r| r.starts_with(" and online"))
                && (doc.city_at(h.start, h.end).is_some()
                    || doc.country_at(h.start, h.end).is_some())
        })
        .then_some(Mode::Hybrid)
}

/// What each sentence holds: its first digit and whether it may state a figure, found for
/// all; its dates, events and whether it moves to another day, found when first asked
/// for, as most sentences are never asked. Only sentences with a digit can hold a date or
/// a figure.
struct SentenceDates<'c> {
    text: &'c str,
    each: Vec<Sentence>,
    /// Room for the tokens read to find a sentence's dates or figures, kept from one
    /// sentence to the next.
    scratch: Cell<Vec<Token>>,
}

/// What `SentenceDates` knows of one sentence.
struct Sentence {
    range: (usize, usize),
    /// Folded offset of its first ASCII digit.
    first_digit: Option<usize>,
    /// Whether it may state a figure: a number comes shortly before a word that files one.
    may_count: bool,
    /// Whether it puts what it tells on another day ("the day before"), found when first
    /// asked for.
    day_apart: OnceCell<bool>,
    dates: OnceCell<dates::Dates>,
    /// The hits in it that name a kind of meeting, found when first asked for.
    events: OnceCell<SmallVec<[Hit; 4]>>,
    /// Whether it names the Steering Committee, found when first asked for.
    committee: OnceCell<bool>,
}

impl<'c> SentenceDates<'c> {
    /// The sentences of `sentences`, in room `each` and `tokens` left by an earlier
    /// announcement.
    fn new(
        text: &'c str,
        sentences: &[(usize, usize)],
        mut each: Vec<Sentence>,
        tokens: Vec<Token>,
    ) -> Self {
        each.clear();
        each.extend(sentences.iter().map(|&(s, e)| {
            let sentence = text.get(s..e).unwrap_or("");
            let first = first_digit(sentence.as_bytes());
            Sentence {
                range: (s, e),
                first_digit: first.map(|d| s + d),
                // Searched from the first digit, already found.
                may_count: first.is_some_and(|d| {
                    labelled_count(sentence, d) || may_count(sentence.get(d..).unwrap_or(""))
                }),
                day_apart: OnceCell::new(),
                dates: OnceCell::new(),
                events: OnceCell::new(),
                committee: OnceCell::new(),
            }
        }));
        SentenceDates {
            text,
            each,
            scratch: Cell::new(tokens),
        }
    }

    /// The room it used, for the next announcement.
    fn recycle(self) -> (Vec<Sentence>, Vec<Token>) {
        (self.each, self.scratch.into_inner())
    }

    /// How many sentences there are.
    fn len(&self) -> usize {
        self.each.len()
    }

    /// Whether sentence `i` may state a figure.
    fn may_count(&self, i: usize) -> bool {
        self.each.get(i).is_some_and(|s| s.may_count)
    }

    /// The range of the sentence that holds folded offset `at`.
    fn around(&self, at: usize) -> Option<&(usize, usize)> {
        let i = self.each.partition_point(|s| s.range.1 <= at);
        self.each
            .get(i)
            .map(|s| &s.range)
            .filter(|(start, _)| *start <= at)
    }

    /// Where sentence `i` starts, where its first digit is and where it ends (folded
    /// offsets); `None` without a digit.
    fn digit_span(&self, i: usize) -> Option<(usize, usize, usize)> {
        let s = self.each.get(i)?;
        Some((s.range.0, s.first_digit?, s.range.1))
    }

    /// Whether sentence `i` puts what it tells on another day.
    fn day_apart(&self, i: usize) -> bool {
        self.each.get(i).is_some_and(|s| {
            *s.day_apart.get_or_init(|| {
                let sentence = self.text.get(s.range.0..s.range.1).unwrap_or("");
                // Every phrase has "day" or "eve"; only such sentences are lowercased.
                day_or_eve(sentence.as_bytes()) && {
                    let lower = sentence.to_ascii_lowercase();
                    DAY_APART.iter().any(|p| lower.contains(p))
                }
            })
        })
    }

    /// Whether sentence `i` names the Steering Committee: a sentence of many cues is
    /// searched once, not once per cue.
    fn names_committee(&self, i: usize) -> bool {
        self.each.get(i).is_some_and(|s| {
            *s.committee
                .get_or_init(|| committee_before(self.text, s.range.0, s.range.1).is_some())
        })
    }

    /// The hits of sentence `i` that name a kind of meeting, as `find` gives them the
    /// first time.
    fn events(&self, i: usize, find: impl FnOnce() -> SmallVec<[Hit; 4]>) -> &[Hit] {
        self.each
            .get(i)
            .map_or(&[], |s| s.events.get_or_init(find).as_slice())
    }

    /// The dates of sentence `i`, in order.
    fn of(&self, i: usize) -> &[dates::Found] {
        let Some(sentence) = self.each.get(i) else {
            return &[];
        };
        sentence.dates.get_or_init(|| {
            let Some(digit) = sentence.first_digit else {
                return dates::Dates::new();
            };
            // Only the part of the sentence where dates may be is tokenized.
            let (start, end) = sentence.range;
            let mut tokens = self.scratch.take();
            let from = dates::search_start(self.text, start, digit, &mut tokens);
            tokens.clear();
            tokens::tokenize_into(self.text, from, end, &mut tokens);
            let found = dates::find_all(&tokens, self.text, false);
            self.scratch.set(tokens);
            found
        })
    }
}

/// The days a press dateline's story may report a meeting of: the week up to the day it
/// dates ("DAKAR, 12 March 2019 – ... concluded a two-day meeting today").
fn days_up_to_dateline(
    doc: &Doc<'_>,
    region: &Region<'_>,
    default_year: Option<i32>,
) -> Option<DateSpan> {
    const REPORT_DAYS: u64 = 7;
    let from = super::dateline_start(doc, region.start, region.end);
    let day = super::first_date(doc, from, region.dateline_end, false)?
        .resolve(default_year)
        .ok()?;
    let first = day
        .start()
        .first_day()
        .checked_sub_days(Days::new(REPORT_DAYS))?;
    DateSpan::new(PartialDate::from_naive(first).ok()?, day.end()).ok()
}

/// Whether `sentence` may state a figure, as `figure` files them: a number followed by
/// words of which one of the first few says what is counted. The words are found as the
/// tokenizer finds them, but only right after numbers, so that sentences whose numbers are
/// only dates are never tokenized for figures.
fn may_count(sentence: &str) -> bool {
    let bytes = sentence.as_bytes();
    let mut from = 0;
    while let Some(digit) = bytes.get(from..).and_then(first_digit) {
        // The number as the tokenizer reads it, ordinal suffix included ("24th").
        let (_, mut at) = tokens::number_at(bytes, from + digit);
        from = at;
        // "80+ participants": at least as many.
        at += usize::from(bytes.get(at) == Some(&b'+'));
        // The words that follow, separated only by white space; "were", "are" ... pass.
        // What is counted may come third ("35 coast guard officers").
        let mut seen = 0;
        while seen < 3 {
            let Some((word, len)) = word_at(sentence, at) else {
                break;
            };
            at += len;
            if one_of(word, IDLE_VERBS) {
                continue;
            }
            let word = elided(word);
            if one_of(word, PEOPLE) || one_of(word, COUNTRIES) || one_of(word, REGIONS) {
                return true;
            }
            seen += 1;
        }
    }
    false
}

/// Whether a chairing cue at `hit`, in the sentence `s..e`, is about a part of the meeting
/// rather than all of it: the part named in the few words after the cue ("Morocco chaired
/// the opening session") or before it ("The panel on return was chaired by Mali"). A
/// session is a part only when the words say which ("the first session", "la séance
/// d'ouverture"): "the two-day session" may be the meeting itself.
fn chairs_part(text: &str, s: usize, hit: Hit, e: usize) -> bool {
    const PARTS: &[&str] = &[
        "panel",
        "panels",
        "roundtable",
        "roundtables",
        "round-table",
    ];
    const SESSIONS: &[&str] = &["session", "sessions", "seance", "seances"];
    const WHICH: &[&str] = &[
        "opening",
        "closing",
        "first",
        "second",
        "third",
        "fourth",
        "last",
        "final",
        "each",
        "plenary",
        "parallel",
        "breakout",
        "working",
        "ouverture",
        "cloture",
        "premiere",
        "derniere",
    ];
    const WORDS: usize = 5;
    // Most cues have none of the parts' words near: one small automaton's look at the
    // two windows tells, before words are compared.
    let (before, after) = (
        tail(text.get(s..hit.start).unwrap_or(""), hit.start - s, 60),
        crate::text::head(text.get(hit.end..e).unwrap_or(""), 60),
    );
    static STEMS: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(["session", "seance", "panel", "round"])
            .ok()
    });
    let near = |window: &str| STEMS.as_ref().is_some_and(|s| s.is_match(window));
    if !(near(before) || near(after)) {
        return false;
    }
    let names_part = |words: &mut dyn Iterator<Item = &str>| {
        let (mut session, mut which) = (false, false);
        for w in words.filter(|w| !w.is_empty()).take(WORDS) {
            if one_of(w, PARTS) {
                return true;
            }
            session |= one_of(w, SESSIONS);
            which |= one_of(w, WHICH);
        }
        session && which
    };
    let is_separator = |c: char| !c.is_alphanumeric() && c != '-';
    names_part(&mut after.split(is_separator)) || names_part(&mut before.rsplit(is_separator))
}

/// Where the parties start in `rest`, the text after a participation cue, when a few
/// lowercase words and "including" or "among them" lead to them: "took part in the
/// meeting, including the European Commission and ECOWAS". Capitalised words on the way
/// would be a party or another clause's subject, so they end the look.
fn including_after(rest: &str) -> Option<usize> {
    const REACH: usize = 48;
    const LEADS: [&str; 3] = ["including ", "among them ", "among whom "];
    let head = crate::text::head(rest, REACH);
    let (at, word) = LEADS.iter().find_map(|w| {
        let at = memchr::memmem::find(head.as_bytes(), w.as_bytes())
            .filter(|&at| at == 0 || head.as_bytes().get(at - 1) == Some(&b' '))?;
        Some((at, w))
    })?;
    const MAX_WORDS: usize = 5;
    let lead = head.get(..at)?.trim_end().trim_end_matches(',');
    let mut words = lead.split_whitespace();
    let plain = words
        .by_ref()
        .take(MAX_WORDS)
        .all(|w| w.bytes().all(|b| b.is_ascii_lowercase() || b == b'\''));
    (plain && words.next().is_none()).then_some(at + word.len())
}

/// Whether the number at `digit` in `sentence` is the value of a label that counts people:
/// "Participants: 50 (from 20 countries)".
fn labelled_count(sentence: &str, digit: usize) -> bool {
    let label = sentence.get(..digit).unwrap_or("").trim_end();
    // "Participants (50) came from 20 countries" too.
    let named = label.strip_suffix(':').or_else(|| {
        label.strip_suffix('(').filter(|_| {
            sentence.get(digit..).is_some_and(|r| {
                r.trim_start_matches(|c: char| c.is_ascii_digit())
                    .starts_with(')')
            })
        })
    });
    named.is_some_and(|l| {
        let word = l
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("");
        one_of(word, PEOPLE)
    })
}

/// Whether `word`, after a number, says it counts countries or bodies, not people: "25
/// countries", "8 organisations".
/// Whether the words right after a labelled number say it counts countries or bodies
/// rather than people: "25 countries", "25 partner countries, ECOWAS", but not "35 experts
/// from 15 countries" nor "50 (from 20 countries)". The words are read up to a few, up to
/// punctuation, a word for people or one that links the count to more.
pub(super) fn counts_others_after<'a>(words: impl Iterator<Item = &'a str>) -> bool {
    const REACH: usize = 3;
    const LINKS: &[&str] = &["from", "of", "representing", "in", "and", "de", "et"];
    for word in words.take(REACH) {
        if !word.starts_with(char::is_alphabetic) {
            return false;
        }
        let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        if counts_others(bare) {
            return true;
        }
        if one_of(bare, PEOPLE) || one_of(bare, LINKS) || bare.len() != word.len() {
            return false;
        }
    }
    false
}

pub(super) fn counts_others(word: &str) -> bool {
    const BODIES: &[&str] = &[
        "organisations",
        "organizations",
        "institutions",
        "agencies",
        "organisation",
        "organization",
    ];
    one_of(word, COUNTRIES) || one_of(word, BODIES) || one_of(word, REGIONS)
}

/// `word` without the French article or preposition elided before it: "experts" of
/// "d'experts" ("une cinquantaine d'experts").
fn elided(word: &str) -> &str {
    match word.as_bytes() {
        [b'd' | b'D' | b'l' | b'L', b'\'', ..] => word.get(2..).unwrap_or(word),
        _ => word,
    }
}

/// The word starting at `at` after any white space, as the tokenizer cuts it, and how
/// many bytes it and the white space take. `None` if something else comes first.
fn word_at(sentence: &str, at: usize) -> Option<(&str, usize)> {
    let rest = sentence.get(at..)?;
    let start = rest.len() - rest.trim_start().len();
    let first = rest
        .get(start..)?
        .chars()
        .next()
        .filter(|c| c.is_alphabetic())?;
    let end = tokens::word_end(rest, start + first.len_utf8());
    Some((rest.get(start..end)?, end))
}

/// Whether `bytes` hold "day" or "eve": their rarer letters are searched for with memchr,
/// and only those found are looked at with their neighbours.
fn day_or_eve(bytes: &[u8]) -> bool {
    memchr::memchr2_iter(b'y', b'v', bytes).any(|i| match bytes.get(i) {
        Some(b'y') => i >= 2 && bytes.get(i - 2..i) == Some(b"da"),
        _ => i >= 1 && bytes.get(i - 1..i + 2) == Some(b"eve"),
    })
}

/// The offset of the first ASCII digit in `bytes`. Sentences are searched for digits
/// whole, so eight bytes are tested at once.
fn first_digit(bytes: &[u8]) -> Option<usize> {
    let mut offset = 0;
    while offset < bytes.len() {
        // Past the end are zeros, which are no digits.
        let digits = swar::digit_bits(swar::load8(bytes, offset));
        if digits != 0 {
            return Some(offset + (digits.trailing_zeros() / 8) as usize);
        }
        offset += 8;
    }
    None
}

/// Shared reading state of one announcement.
struct Context<'c, 'd> {
    doc: &'c Doc<'d>,
    sentences: &'c [(usize, usize)],
    dates: &'c SentenceDates<'c>,
    dateline_end: usize,
    date: Option<DateSpan>,
    default_year: Option<i32>,
    kind: MeetingKind,
    /// Whether "the next ..." is this meeting: on a page that dates no other.
    coming_is_own: bool,
}

impl Context<'_, '_> {
    /// Whether a sentence is about this meeting being held: it names this kind of meeting,
    /// or says a meeting was held, met, took place ..., before it names any other event.
    /// Gives where what is about this meeting starts (after a lead-in clause about another
    /// event: "Following the SOM in Madrid, ...") and where the sentence turns to another
    /// event (or its end).
    fn about_this_meeting(&self, (s, e): (usize, usize)) -> Option<(usize, usize)> {
        let text = self.doc.text();
        let s = lead_in_end(self.doc, s, e).unwrap_or(s);
        let kinds = self
            .doc
            .hits_in(s, e)
            .iter()
            .filter_map(|&h| Some((h, self.doc.kind(h)?)));
        let mut own_named = false;
        let mut other_from = e;
        for (h, k) in kinds {
            let specific_other =
                k != MeetingKind::Meeting && self.kind != MeetingKind::Meeting && k != self.kind;
            if specific_other || named_as_other_event(text, h.start, self.coming_is_own) {
                other_from = h.start;
                break;
            }
            own_named = true;
        }
        let held = self.doc.hits_in(s, other_from).iter().any(|&h| {
            h.may_name(class::CUE)
                && self
                    .doc
                    .names(h)
                    .any(|n| matches!(n, Name::Cue(Cue::Held | Cue::By(_) | Cue::After(_))))
        });
        (own_named || held).then_some((s, other_from))
    }

    /// The meeting's own date: the first date of the first sentence about this meeting,
    /// before the sentence turns to another event.
    fn own_date(&self) -> Option<(dates::Found, DateSpan)> {
        self.own_date_within(0..self.sentences.len())
    }

    /// The meeting's own date, as `own_date`, from the sentences of `range` alone.
    fn own_date_within(&self, range: Range<usize>) -> Option<(dates::Found, DateSpan)> {
        // A day the meeting was first planned for is its day only if it has no other:
        // "originally planned for 15 March 2020 ... finally held on 10 November 2020".
        let text = self.doc.text();
        let planned = |d: &dates::Found| near_before(text, d.start, PLANNED_ONLY, 6);
        // "Published on 20 March 2019", "20.04.2019 | News": the day of the news, not of
        // the meeting.
        let published =
            |d: &dates::Found| near_before(text, d.start, segment::PUBLISHED, 2) || filed(text, d);
        // "will run until 5 May": the last day alone, which dates no meeting's start.
        let until = |d: &dates::Found| near_before(text, d.start, UNTIL, 1);
        // Whether a planned day was passed over: only then is a second look worth it.
        let skipped = Cell::new(false);
        let own = |skip_planned: bool| {
            let (first, sentences) = (range.start, self.sentences.get(range.clone())?);
            sentences.iter().enumerate().find_map(|(n, &(s, e))| {
                let i = first + n;
                // Only a sentence with a digit dates anything: the look costs nothing.
                self.dates.digit_span(i)?;
                let (from, cut) = self.about_this_meeting((s, e))?;
                let mut found = self
                    .dates
                    .of(i)
                    .iter()
                    .filter(|d| d.start >= self.dateline_end.max(from))
                    .filter(|d| !published(d) && !until(d))
                    .take_while(|d| d.end <= cut)
                    .filter(|d| {
                        let skip = skip_planned && planned(d);
                        skipped.set(skipped.get() || skip);
                        !skip
                    })
                    .filter_map(|d| d.resolve(self.default_year).ok().map(|span| (*d, span)));
                let first = found.next()?;
                // "In June 2022, a workshop was held in Abuja on 14 and 15 June": the days
                // the sentence goes on to give within its month or year.
                let partial = !first.1.start().is_full();
                partial
                    .then(|| {
                        found.find(|(_, span)| {
                            span.start().is_full()
                                && first.1.contains(span.start().first_day())
                                && first.1.contains(span.end().last_day())
                        })
                    })
                    .flatten()
                    .or(Some(first))
            })
        };
        own(true).or_else(|| skipped.get().then(|| own(false)).flatten())
    }

    /// The venue the prose states: "held in Accra, Ghana", "met in Brussels", "Lisbon,
    /// Portugal, will host"; never a place the meeting was only planned in.
    fn venue(&self) -> Option<Venue> {
        self.sentences.iter().find_map(|&(s, e)| {
            let (from, cut) = self.about_this_meeting((s, e))?;
            self.doc
                .hits_in(from, cut)
                .iter()
                .find_map(|&h| self.venue_at(h, e))
                .or_else(|| unknown_city_venue(self.doc, from, cut))
        })
    }

    /// A venue named at hit `h`: a city or country after "in"/"at", or a city that "will
    /// host".
    fn venue_at(&self, h: Hit, sentence_end: usize) -> Option<Venue> {
        let text = self.doc.text();
        let (mut city, mut country) = (None, None);
        if h.may_name(class::DEMONYM)
            && let Some(capital) = self.capital_named(h, sentence_end)
        {
            return Some(capital);
        }
        if !h.may_name(class::CITY | class::COUNTRY) {
            return None;
        }
        for name in self.doc.names(h) {
            match name {
                Name::City(c) => city = city.or(Some(*c)),
                Name::Country(c) => country = country.or(Some(*c)),
                _ => {}
            }
        }
        // A country is a venue only after "in" or "at"; a city also where it "will host".
        // The words before are read only for hits that may be one.
        if city.is_none() && country.is_none() {
            return None;
        }
        let after_in = after_venue_word(self.doc, h.start);
        if city.is_none() && !after_in {
            return None;
        }
        // ", Country" or " (Country)" right after the city, and where it ends.
        let next = self.doc.first_hit_in(h.end, sentence_end);
        let stated = next
            .and_then(|n| {
                let gap = text.get(h.end..n.start)?;
                let in_brackets = gap == " (" && text.get(n.end..)?.starts_with(')');
                (gap.trim() == "," || in_brackets).then_some((n, n.end + usize::from(in_brackets)))
            })
            .and_then(|(n, end)| self.doc.country_at(n.start, n.end).map(|c| (end, c)));
        let venue = match (city, country) {
            (Some(city), _) => {
                // "Dakar hosted a thematic meeting", "Accra, Ghana, will host ...",
                // "Niamey (Niger) welcomed the meeting".
                let hosts = {
                    let name_end = stated.map_or(h.end, |(end, _)| end);
                    let rest = text
                        .get(name_end..sentence_end)
                        .unwrap_or("")
                        .trim_start_matches([',', ' ']);
                    [
                        "will host",
                        "hosted",
                        "hosts",
                        "is hosting",
                        "will be hosting",
                        "welcomed",
                        "welcomes",
                        "will welcome",
                        "played host to",
                    ]
                    .iter()
                    .any(|v| rest.starts_with(v))
                };
                // "The mayor of Dakar welcomed the participants": the city's people did.
                let of_city = text.get(..h.start).is_some_and(|b| b.ends_with(" of "));
                (after_in || hosts && !of_city || after_named_place(text, h.start)).then(|| Venue {
                    city: Some((h.start, h.end)),
                    country: Some(stated.map_or(city.country(), |(_, c)| c)),
                })
            }
            (None, Some(country)) if after_in => Some(Venue {
                city: None,
                country: Some(country),
            }),
            _ => None,
        };
        // Not where it was "originally" or "initially planned" ("originally planned for 15
        // March 2020 in Rome").
        venue.filter(|_| {
            !(near_before(text, h.start, NOT_HELD, 4)
                || near_before(text, h.start, PLANNED_ONLY, 8)
                || is_seat(text, h.start))
        })
    }
    /// The venue a demonym hit `h` names as its country's capital: "in the Ghanaian
    /// capital", "in the Senegalese capital, Dakar" (the city named after it).
    fn capital_named(&self, h: Hit, sentence_end: usize) -> Option<Venue> {
        let text = self.doc.text();
        let rest = text.get(h.end..sentence_end)?;
        let after = rest.strip_prefix(" capital")?;
        // "in the" before the demonym: where the article starts, "in" must come before.
        let article = text.get(..h.start)?.strip_suffix("the ")?.len();
        if after.starts_with(|c: char| c.is_alphanumeric()) || !after_venue_word(self.doc, article)
        {
            return None;
        }
        let Some(Party::Country(country)) = self.doc.party(h, true) else {
            return None;
        };
        // ", Dakar": the city, when it is the country's.
        let capital_end = h.end + " capital".len();
        let city = self
            .doc
            .first_hit_in(capital_end, sentence_end)
            .filter(|c| text.get(capital_end..c.start) == Some(", "))
            .filter(|c| {
                self.doc
                    .city_at(c.start, c.end)
                    .is_some_and(|city| city.country() == country)
            })
            .map(|c| (c.start, c.end));
        Some(Venue {
            city,
            country: Some(country),
        })
    }

    /// The sentence around folded offset `at`.
    fn sentence(&self, at: usize) -> (usize, usize) {
        let i = self.sentences.partition_point(|&(_, e)| e <= at);
        self.sentences.get(i).copied().unwrap_or((at, at))
    }

    fn read_cue(&self, cue: Cue, hit: Hit, prose: &mut Prose) {
        let (s, e) = self.sentence(hit.start);
        // Who chaired a session of the meeting took part in it, but did not chair it.
        let part = OnceCell::new();
        let chairs_a_part = |roles: &[Role]| {
            roles
                .iter()
                .any(|r| matches!(r, Role::Chair | Role::CoChair))
                && *part.get_or_init(|| chairs_part(self.doc.text(), s, hit, e))
        };
        let mut add = |roles: &[Role], listed: parties::List| {
            if listed.is_empty() {
                return;
            }
            let roles = if chairs_a_part(roles) {
                &[Role::Participant]
            } else {
                roles
            };
            for (role, party) in parties::each_role(self.doc, &listed, roles) {
                prose.roles.push((role, party.clone()));
            }
        };
        match cue {
            Cue::By(roles) => {
                if !self.about_other_event(s, hit.start) {
                    // Organisers the lexicon does not know are kept by a name of a few
                    // capitalised words ("co-organised by UNICEF and Save the Children"),
                    // not by one ("organised by the Chair").
                    let organisers = roles == [Role::Organiser];
                    let (mut listed, list_end) = parties::after(self.doc, hit.end, e, organisers);
                    // An office named before its holder ("the chair of the meeting, Mali,",
                    // "the chair, Cameroon,") is held by the party set off right after it:
                    // "the chair of the meeting, with Spain as co-chair" names no chair.
                    let cue_text = self.doc.slice(hit.start, hit.end);
                    let office_first = cue_text.ends_with("meeting") || cue_text.ends_with(',');
                    if office_first
                        && listed.first().is_some_and(|l| {
                            !matches!(self.doc.slice(hit.end, l.start).trim(), "" | ",")
                        })
                    {
                        listed.clear();
                    }
                    listed.retain(|l| match &l.party {
                        Party::Organisation(Organisation::Other(name))
                            if organisers && !name.contains(' ') =>
                        {
                            // Kept if the lexicon knows it ("GIZ").
                            self.doc
                                .first_hit_in(l.start, l.end)
                                .is_some_and(|h| h.start == l.start)
                        }
                        _ => true,
                    });
                    // Guests are those invited from outside the dialogue, but where the
                    // cue calls them guests ("Guests included IOM and the OECD").
                    let called_guests = cue_text.contains("guest") || cue_text.contains("Guest");
                    if roles == [Role::Guest] && !called_guests {
                        listed.retain(|l| is_outsider(&l.party));
                    }
                    // "organised by Morocco in partnership with MPF": the partners too.
                    if organisers {
                        listed.extend(parties::partners_after(self.doc, list_end, e));
                    }
                    // "Cabo Verde hosted the meeting, co-chaired with Luxembourg": the
                    // parties that open the sentence co-chair with those after the cue;
                    // with none, its host does ("The SOM, hosted by Cameroon, was
                    // co-chaired with France").
                    if cue_text == "co-chaired with" && !listed.is_empty() {
                        let (opening, _) = parties::after(self.doc, s, hit.start, false);
                        if opening.is_empty() {
                            listed.extend(self.hosts_between(s, hit.start));
                        }
                        listed.extend(opening);
                    }
                    add(roles, listed);
                }
            }
            Cue::After(roles) => {
                // "UNHCR and IOM participated as observers": observers, not participants.
                // Only the words right after the cue are read, so that a sentence of many
                // cues is not read once per cue.
                let as_observer = roles == [Role::Participant] && {
                    let next = crate::text::head(self.doc.slice(hit.end, e), AS_OBSERVER_REACH)
                        .trim_start()
                        .to_ascii_lowercase();
                    AS_WORDS.iter().any(|w| next.starts_with(w))
                        && (next.contains("observer") || next.contains("observateur"))
                };
                if !as_observer
                    && !self.office_of_something_else(roles, hit, e)
                    && !self.about_other_event(s, hit.start)
                    && !self.names_other_event_after(hit.end, e)
                {
                    // "Burkina Faso, the Chair of the Rabat Process, organises"
                    let mut holders = parties::before(self.doc, hit.start, s, Gap::Apposition);
                    // Those who met are its subject, right before it ("Mali and Spain met",
                    // "Members (Mali, Spain) met"), not a party earlier in the sentence
                    // ("The Steering Committee, chaired by Mali, met").
                    if self.doc.slice(hit.start, hit.end) == "met"
                        && holders.last().is_some_and(|l| {
                            !matches!(self.doc.slice(l.end, hit.start).trim(), "" | ")")
                        })
                    {
                        holders.clear();
                    }
                    // "Morocco welcomed the participants as host country": a capacity not
                    // right after its holder is the sentence's subject's, the parties that
                    // open it (none where other words do: "The participants thanked ...").
                    if holders.is_empty() && self.doc.slice(hit.start, hit.end).starts_with("as ") {
                        holders = parties::after(self.doc, s, hit.start, false).0;
                    }
                    add(roles, holders);
                    // "organised in Abidjan by Côte d'Ivoire": the verb's holders follow
                    // its venue.
                    if let Some(by_end) = by_after_venue(self.doc, hit.end, e) {
                        add(roles, parties::after(self.doc, by_end, e, false).0);
                    }
                    // "IOM organised a training in Niamey, in cooperation with Frontex"
                    if roles == [Role::Organiser] {
                        add(roles, parties::partners_after(self.doc, hit.end, e));
                    }
                    // "21 partner countries attended, as well as the European Commission",
                    // "Nigeria co-chaired the meeting together with Germany"
                    if roles == [Role::Participant] || roles == [Role::CoChair] {
                        add(roles, parties::joined_after(self.doc, hit.end, e));
                    }
                    // "45 countries took part in the meeting, including ECOWAS and IOM"
                    if roles == [Role::Participant]
                        && let Some(from) = including_after(self.doc.slice(hit.end, e))
                    {
                        add(roles, self.present(hit.end + from, e));
                    }
                }
            }
            Cue::Under(roles) => {
                let holders = parties::before(self.doc, hit.start, s, Gap::Auxiliary);
                // "The Moroccan Chairmanship organised the meeting" states who chaired the
                // dialogue, not this meeting; "under" ties the office to the meeting.
                let under = holders.first().is_some_and(|first| {
                    let mut words = self
                        .doc
                        .slice(s, first.start)
                        .rsplit(|c: char| !c.is_alphanumeric())
                        .filter(|w| !w.is_empty());
                    let word = words.next().filter(|w| !w.eq_ignore_ascii_case("the"));
                    word.or_else(|| words.next())
                        .is_some_and(|w| w.eq_ignore_ascii_case("under"))
                });
                // "under the Italian Presidency of the Council of the European Union": the
                // office is another body's, not the meeting's chair.
                let next = self.doc.slice(hit.end, e).trim_start();
                let of_other_body = crate::text::starts_with_any(next, OTHER_BODIES).is_some();
                // "under the Senegalese chairmanship of the Rabat Process": the dialogue's
                // chair, who chairs the meeting only where the text names no other.
                let of_dialogue = of_dialogue(next);
                if under && !of_other_body && !self.about_other_event(s, hit.start) {
                    if of_dialogue {
                        for l in holders {
                            for &role in roles {
                                prose.dialogue_chairs.push((role, l.party.clone()));
                            }
                        }
                    } else {
                        add(roles, holders);
                    }
                }
            }
            Cue::Invited => {
                // "IOM and UNHCR were invited as guests" says so of anyone; invited alone,
                // only outsiders are guests (partners are invited to every meeting).
                const AS_GUESTS: &[&str] = &[
                    "as guest",
                    "as a guest",
                    "as special guest",
                    "as a special guest",
                ];
                let next = self.doc.slice(hit.end, e).trim_start();
                let as_guests = crate::text::starts_with_any(next, AS_GUESTS).is_some();
                let guests = parties::before(self.doc, hit.start, s, Gap::Apposition)
                    .into_iter()
                    .filter(|l| as_guests || is_outsider(&l.party))
                    .collect();
                add(&[Role::Guest], guests);
            }
            // "co-chaired by representatives of the Gambia and Sweden": those they act for
            // hold the role the cue before names, which says more than taking part.
            Cue::Gathered if self.names_role_holders(hit) => {}
            Cue::Gathered => add(&[Role::Participant], self.present(hit.end, e)),
            Cue::AttendedAs(role) => add(
                &[role],
                parties::before(self.doc, hit.start, s, Gap::Attending),
            ),
            Cue::ObserversFollow => add(
                &[Role::Observer],
                parties::observers_after(self.doc, hit.end, e).0,
            ),
            // The first mode stated is kept: the sentence is read for the first cue only.
            Cue::Mode(_) if prose.mode.is_some() => {}
            // "Unlike previous editions held online, ...": how other meetings were held.
            Cue::Mode(_) if near_before(self.doc.text(), hit.start, OTHER_TIMES, 3) => {}
            Cue::Mode(mode) => {
                // "in person in Brussels or remotely via Zoom": both ways of attending.
                const IN_PERSON: &[&str] = &[
                    "in person",
                    "in-person",
                    "physically",
                    "on site",
                    "on-site",
                    "presentiel",
                ];
                let in_person = || {
                    let sentence = self.doc.slice(s, e);
                    IN_PERSON
                        .iter()
                        .any(|w| crate::text::contains_word(sentence, w))
                };
                let mode = match mode {
                    Mode::Virtual if in_person() => Mode::Hybrid,
                    mode => mode,
                };
                prose.mode = Some(mode);
            }
            Cue::Held => {
                // "Senegal welcomed the thematic meeting": who welcomed the meeting hosted
                // it (not who "welcomed the participants", nor another meeting); only the
                // subject right before the verb: in "Niamey (Niger) welcomed the meeting"
                // the city did, and its country only places it.
                if self.welcomes_meeting(hit, e)
                    && !self.about_other_event(s, hit.start)
                    && !self.names_other_event_after(hit.end, e)
                {
                    let mut holders = parties::before(self.doc, hit.start, s, Gap::Apposition);
                    if holders
                        .last()
                        .is_some_and(|l| !self.doc.slice(l.end, hit.start).trim().is_empty())
                    {
                        holders.clear();
                    }
                    add(&[Role::Host], holders);
                }
            }
        }
    }

    /// Whether the cue `hit` welcomes a meeting named right after it, up to the sentence end
    /// `e`: "welcomed the (Rabat Process) thematic meeting".
    fn welcomes_meeting(&self, hit: Hit, e: usize) -> bool {
        if !matches!(
            self.doc.slice(hit.start, hit.end),
            "welcomed" | "will welcome"
        ) {
            return false;
        }
        // "Portugal welcomed delegates to a thematic meeting": those welcomed, in a few
        // words, then the meeting they came to.
        const WELCOMED_WORDS: usize = 4;
        let rest = self.doc.slice(hit.end, e);
        let to_meeting = rest.find(" to ").filter(|&to| {
            let welcomed = rest.get(..to).unwrap_or("");
            welcomed.split_whitespace().count() <= WELCOMED_WORDS
                && welcomed
                    .split_whitespace()
                    .any(|w| one_of(w, PEOPLE) || one_of(w, &["delegations", "partners"]))
        });
        let mut from = to_meeting.map_or(hit.end, |to| hit.end + to + " to".len());
        let mut hits = self.doc.hits_in(from, e).iter();
        let Some(mut next) = hits.next().copied() else {
            return false;
        };
        if self.doc.is_framework(next)
            && object_of_cue(self.doc.text(), from, next)
            && let Some(&after) = hits.next()
        {
            from = next.end;
            next = after;
        }
        self.doc.kind(next).is_some() && object_of_cue(self.doc.text(), from, next)
    }

    /// The parties named from `from`, after a "gathered" cue, up to the sentence end `e` or
    /// the next role cue, but for those of an observer list on the way ("including two
    /// observer countries, Libya and Algeria"), which are observers.
    fn present(&self, from: usize, e: usize) -> parties::List {
        let mut present = parties::List::new();
        let mut skip_until = from;
        // Where the list ends: at the next role cue, or the sentence end.
        let mut stop = e;
        // Where the last party's acronym in parentheses ends.
        let mut named_until = from;
        for &h in self.doc.hits_in(from, e) {
            if present.len() >= parties::MAX_LIST {
                break;
            }
            if h.start < skip_until.max(named_until) {
                continue;
            }
            let cue = self.doc.names(h).find_map(|n| match n {
                Name::Cue(c) => Some(*c),
                _ => None,
            });
            let role_cue = self.doc.names(h).any(|n| {
                matches!(
                    n,
                    Name::Cue(
                        Cue::By(_)
                            | Cue::After(_)
                            | Cue::Gathered
                            | Cue::Invited
                            | Cue::AttendedAs(_)
                    )
                )
            });
            if role_cue {
                stop = h.start;
                // "Representatives of Morocco and Spain co-chaired the meeting": the list is
                // the subject of another role, which that cue gives.
                let subject = present
                    .last()
                    .is_some_and(|last| self.doc.slice(last.end, h.start).trim().is_empty());
                let other_role = self.doc.names(h).any(|n| {
                    matches!(n, Name::Cue(Cue::After(roles)) if !roles.contains(&Role::Participant))
                });
                if subject && other_role {
                    return parties::List::new();
                }
                break;
            }
            match cue {
                Some(Cue::ObserversFollow) => {
                    skip_until = parties::observers_after(self.doc, h.end, e).1;
                }
                // "Representatives of 30 countries met in Rabat, Morocco": what follows
                // the verb is where, not who.
                Some(Cue::Held) => {
                    stop = h.start;
                    break;
                }
                Some(_) => {}
                // "experts from UNODC, funded by the European Union": the EU gave means,
                // and the list of those present ends before it.
                None if parties::means_of(self.doc, h.start) => {
                    stop = h.start;
                    break;
                }
                None => {
                    // "the Spanish Ministry of Interior" names Spain, as "Spain" does.
                    if let Some((party, end)) = parties::party_at(self.doc, h)
                        && !present.last().is_some_and(|body| {
                            parties::seat_of_body(self.doc, &body.party, body.end, h)
                        })
                    {
                        present.push(Listed {
                            party,
                            start: h.start,
                            end,
                        });
                        // The acronym after the name names no second party; an office's
                        // name may run on over others ("the Spanish Ministry of Interior and
                        // the EU Delegation"), which are still read.
                        if self.doc.slice(h.end, end).trim_start().starts_with('(') {
                            named_until = end;
                        }
                    }
                }
            }
        }
        // "... ECOWAS and the European External Action Service": bodies the lexicon does
        // not know, but not among the observers skipped.
        parties::unknown_bodies(self.doc, skip_until.max(from), stop, &mut present);
        parties::misspelt_countries(self.doc, skip_until.max(from), stop, &mut present);
        present
    }

    /// Whether the cue `hit` ("representatives of") names who acts for the parties a role
    /// cue right before it gives a role other than taking part: "chaired by
    /// representatives of".
    fn names_role_holders(&self, hit: Hit) -> bool {
        const REACH: usize = 24;
        self.doc
            .hits_in(hit.start.saturating_sub(REACH), hit.start)
            .last()
            .is_some_and(|&before| {
                matches!(self.doc.slice(before.end, hit.start).trim(), "" | "the")
                    && self.doc.names(before).any(|n| {
                        matches!(n, Name::Cue(Cue::By(roles)) if !roles.contains(&Role::Participant))
                    })
            })
    }

    /// Whether the text from sentence start `s` to a cue at `at` ties the cue to another
    /// event: a date that is not the meeting's, or an event called "follow-up", "next" ...
    fn about_other_event(&self, s: usize, at: usize) -> bool {
        let i = self.sentences.partition_point(|&(_, e)| e <= at);
        if self.dates.day_apart(i) {
            return true;
        }
        // "Following the SOM hosted by Spain in May, a workshop ..., hosted by Mali": the
        // lead-in's roles are the SOM's, and its event and dates are not those of the roles
        // after it.
        let s = match self
            .sentences
            .get(i)
            .and_then(|&(s, e)| lead_in_end(self.doc, s, e))
        {
            Some(lead_end) if at < lead_end => return true,
            Some(lead_end) => lead_end.max(s),
            None => s,
        };
        if self.dated_apart_in(i, s, at) {
            return true;
        }
        let text = self.doc.text();
        self.event_before(s, at)
            .is_some_and(|(h, _)| named_as_other_event(text, h.start, self.coming_is_own))
            || self.dates.names_committee(i)
                && committee_before(text, s.max(at.saturating_sub(CLAUSE_REACH)), at)
                    .is_some_and(|c| named_as_other_event(text, c, self.coming_is_own))
    }

    /// Whether the sentence of `at` opens with a month without a year outside this
    /// meeting's months: the roles, kinds and themes it names are another event's. (Its
    /// themes are not judged by its dates, which may be of anything: "scenarios of mixed
    /// migration in 2030".)
    fn month_apart(&self, at: usize) -> bool {
        let i = self.sentences.partition_point(|&(_, e)| e <= at);
        self.date
            .zip(self.sentences.get(i))
            .is_some_and(|(own, &(s, _))| {
                s <= at && month_lead(self.doc.slice(s, at)).is_some_and(|m| !within_months(own, m))
            })
    }

    /// Whether what is named at `at`, in sentence `i` from `s`, is dated apart from this
    /// meeting: the date it goes with does not overlap the meeting's, or, with none, a
    /// month without a year opens the sentence outside the meeting's months ("In June, a
    /// workshop was held in Tunis": no date is found there, as every date holds a digit).
    /// Without a date of its own, the meeting cannot be told from another by dates.
    fn dated_apart_in(&self, i: usize, s: usize, at: usize) -> bool {
        let Some(own) = self.date else {
            return false;
        };
        match self.date_of_cue(i, s, at) {
            Some(found) => found.resolve(self.default_year).is_ok_and(|span| {
                span.start().first_day() > own.end().last_day()
                    || own.start().first_day() > span.end().last_day()
            }),
            None => self.month_apart(at),
        }
    }

    /// Whether a chair's cue holds an office of something other than this meeting: of the
    /// dialogue ("Niger chaired the Rabat Process", "took the chairmanship of the
    /// dialogue"), or, for an office "of" something, of what is not named as a meeting
    /// ("held the chair of the working group"; "took the chair of the SOM" is this one's).
    fn office_of_something_else(&self, roles: &[Role], hit: Hit, e: usize) -> bool {
        const REACH: usize = 48;
        if !roles
            .iter()
            .any(|r| matches!(r, Role::Chair | Role::CoChair))
        {
            return false;
        }
        let rest = self.doc.slice(hit.end, e);
        let next = rest.trim_start();
        let from = hit.end + (rest.len() - next.len());
        if crate::text::starts_with_any(next, DIALOGUE).is_some() || of_dialogue(next) {
            return true;
        }
        if !self.doc.slice(hit.start, hit.end).ends_with(" of") {
            return false;
        }
        // "of the meeting", "of the Senior Officials' Meeting": a kind names it.
        let Some(article) = ["the ", "this "].iter().find(|a| next.starts_with(**a)) else {
            return true;
        };
        let named = from + article.len();
        !self
            .doc
            .first_hit_in(named, e.min(named + REACH))
            .is_some_and(|h| h.start == named && self.doc.kind(h).is_some())
    }

    /// Whether a cue ending at `cue_end` is followed right away by another event than the
    /// one announced, which the role is held in: "Spain, as host of the previous meeting",
    /// "Mali, which hosted the next SOM".
    /// So is one of another kind than this meeting's that the cue acts on ("Ghana, which
    /// chaired the SOM, presented ..." in a thematic meeting's story).
    fn names_other_event_after(&self, cue_end: usize, e: usize) -> bool {
        const REACH: usize = 40;
        let within = self.doc.hits_in(cue_end, e.min(cue_end + REACH));
        let Some(first) = within.iter().position(|&h| self.doc.kind(h).is_some()) else {
            return false;
        };
        // A kind right before another names the one after it: "the SOM side event" is a
        // side event.
        let mut n = first;
        while let (Some(h), Some(next)) = (within.get(n), within.get(n + 1))
            && self.doc.slice(h.end, next.start) == " "
            && self.doc.kind(*next).is_some()
        {
            n += 1;
        }
        let (Some(&named), Some(kind)) = (
            within.get(first),
            within.get(n).and_then(|&h| self.doc.kind(h)),
        ) else {
            return false;
        };
        let generic = |k: MeetingKind| k == MeetingKind::Meeting;
        named_as_other_event(self.doc.text(), named.start, self.coming_is_own)
            || !generic(kind)
                && !generic(self.kind)
                && kind != self.kind
                && object_of_cue(self.doc.text(), cue_end, named)
    }

    /// The date a cue at `at` in sentence `i` goes with: the nearest before it from `s`,
    /// or else the first after it.
    fn date_of_cue(&self, i: usize, s: usize, at: usize) -> Option<dates::Found> {
        let (sentence_start, e) = self.sentences.get(i).copied().unwrap_or((at, at));
        // Dates are in order and do not overlap, so each is found by a binary search: a
        // sentence may hold thousands of cues and dates.
        let dates = self.dates.of(i);
        let before = dates
            .get(..dates.partition_point(|d| d.end <= at))
            .and_then(<[dates::Found]>::last)
            .filter(|d| d.start >= s.max(self.dateline_end));
        if let Some(&date) = before {
            return Some(date);
        }
        // A date after the cue is the cue's only if no other event is named between them
        // ("held under the aegis of X, ... the Valletta SOM held on 14 November").
        // Nor is a date that starts a state rather than dates an event ("Morocco, which
        // holds the chairmanship since June 2023").
        let date = dates
            .get(dates.partition_point(|d| d.start < at))
            .filter(|d| d.end <= e && !near_before(self.doc.text(), d.start, &["since"], 1))?;
        let events = self.dates.events(i, || {
            self.doc
                .hits_in(sentence_start, e)
                .iter()
                .copied()
                .filter(|&h| self.doc.kind(h).is_some())
                .collect()
        });
        // The event the cue acts on is not another: "Ghana chaired the SOM of September
        // 2023" dates the chairing; "organised a side event in the margins of the workshop
        // held on 24 October" does not.
        let cue_end = self
            .doc
            .first_hit_in(at, e)
            .filter(|h| h.start == at)
            .map_or(at, |h| h.end);
        let after = events
            .get(events.partition_point(|h| h.start < at)..)
            .unwrap_or_default();
        let others = match after.split_first() {
            Some((object, rest)) if object_of_cue(self.doc.text(), cue_end, *object) => rest,
            _ => after,
        };
        others
            .first()
            .is_none_or(|h| h.end > date.start)
            .then_some(*date)
    }

    /// The parties a host's cue names between folded `s` and `at`: "hosted by Cameroon".
    fn hosts_between(&self, s: usize, at: usize) -> parties::List {
        let hosting = self.doc.hits_in(s, at).iter().find(|&&h| {
            self.doc
                .names(h)
                .any(|n| matches!(n, Name::Cue(Cue::By(roles)) if roles.contains(&Role::Host)))
        });
        hosting.map_or_else(parties::List::new, |h| {
            parties::after(self.doc, h.end, at, false).0
        })
    }

    /// The event named last before `at` within its clause, in the sentence from `s`.
    fn event_before(&self, s: usize, at: usize) -> Option<(Hit, MeetingKind)> {
        let window = s.max(at.saturating_sub(CLAUSE_REACH));
        self.doc
            .hits_in(window, at)
            .iter()
            .rev()
            .find_map(|&h| Some((h, self.doc.kind(h)?)))
    }

    /// Whether the theme at `hits[n]` belongs to another event named just before it: "a side
    /// event in the margins of the workshop on migrant smuggling".
    fn governed_by_other_event(&self, hits: &[Hit], n: usize, own: MeetingKind) -> bool {
        let Some(&theme) = hits.get(n) else {
            return false;
        };
        let (s, _) = self.sentence(theme.start);
        let text = self.doc.text();
        // Only the event named within reach before the theme, in its sentence.
        let Some((h, kind)) = self.event_before(s, theme.start) else {
            return false;
        };
        let between = text.get(h.end..theme.start).unwrap_or("");
        let words = between
            .as_bytes()
            .split(u8::is_ascii_whitespace)
            .filter(|w| !w.is_empty())
            .count();
        if between.contains(['.', ';']) {
            return false;
        }
        let named_as_other = || named_as_other_event(text, h.start, self.coming_is_own);
        if words > THEME_REACH {
            // A sentence about another event governs its themes to its end: "The next
            // thematic meeting will be held in Lisbon in March 2023 and will focus on legal
            // pathways."
            let subject = text
                .get(s..h.start)
                .unwrap_or("")
                .split_whitespace()
                .count()
                <= SUBJECT_WORDS;
            return subject && named_as_other();
        }
        let other_kind = kind != MeetingKind::Meeting && kind != own;
        other_kind || named_as_other()
    }
}

/// Whether a party invited to a meeting of the dialogue is an outsider to it: a country
/// that is neither partner nor observer.
fn is_outsider(party: &Party) -> bool {
    party
        .country()
        .is_some_and(|c| !c.is_partner() && !c.is_observer())
}

/// The meeting's own kind: the first kind named in the text, where "meeting" alone counts
/// only as "the/this/a meeting", and none named as another event ("the follow-up meeting").
/// A meeting first named only "the meeting" takes the kind a later sentence opens with
/// ("The meeting brought together 40 experts. This technical workshop ...") or has for
/// subject after a clause ("Organised with EU support, the technical meeting focused
/// ..."): named mid-sentence, a kind is as often another event's ("back-to-back with the
/// SOM").
fn own_kind(
    doc: &Doc<'_>,
    hits: &[Hit],
    coming_is_own: bool,
    month_apart: &dyn Fn(usize) -> bool,
) -> Option<(Hit, MeetingKind)> {
    let text = doc.text();
    let own = |h: Hit| names_own_meeting(doc, h, coming_is_own, month_apart);
    let (n, first) = hits.iter().enumerate().find_map(|(n, &h)| {
        let kind = doc.kind(h)?;
        if kind == MeetingKind::Meeting && !near_before(text, h.start, SELF_REFERENCE, 1) {
            return None;
        }
        own(h).then_some((n, (h, kind)))
    })?;
    if first.1 != MeetingKind::Meeting {
        return Some(first);
    }
    // The cheap look first: most kinds named later open no sentence.
    let named_again = hits.get(n + 1..).unwrap_or_default().iter().find_map(|&h| {
        let kind = doc.kind(h).filter(|&k| k != MeetingKind::Meeting)?;
        let subject = opens_sentence(text, h.start) || subject_after_clause(text, h);
        (subject && own(h)).then_some((h, kind))
    });
    Some(named_again.unwrap_or(first))
}

/// Whether the kind hit `h` may name the announcement's own meeting. "the follow-up
/// meeting" is another event; "150 senior officials" counts people; "thematic meetings" are
/// several; one named in a sentence dated in another month ("In June, a workshop"). A date
/// after the name need not be the event's: "The thematic meeting was preceded by a visit
/// on 20 May".
fn names_own_meeting(
    doc: &Doc<'_>,
    h: Hit,
    coming_is_own: bool,
    month_apart: &dyn Fn(usize) -> bool,
) -> bool {
    let text = doc.text();
    !named_as_other_event(text, h.start, coming_is_own)
        && !month_apart(h.start)
        && !after_number(text, h.start)
        && !names_several(doc, h)
}

/// The mode the words about the own meeting's kind state, at `own` or at a later mention of
/// the same kind: a story titled "Workshop on diaspora engagement" whose text opens "A
/// virtual workshop on diaspora engagement took place ..." tells of a virtual workshop.
fn own_mode(
    doc: &Doc<'_>,
    hits: &[Hit],
    own: (Hit, MeetingKind),
    coming_is_own: bool,
    month_apart: &dyn Fn(usize) -> bool,
) -> Option<Mode> {
    let text = doc.text();
    let (first, kind) = own;
    mode_of_kind(text, first).or_else(|| {
        hits.iter()
            .filter(|h| h.start > first.start && doc.kind(**h) == Some(kind))
            .filter(|&&h| names_own_meeting(doc, h, coming_is_own, month_apart))
            .find_map(|&h| mode_of_kind(text, h))
    })
}

/// Whether the kind hit `h` names several meetings: "thematic meetings", "workshops".
pub(super) fn names_several(doc: &Doc<'_>, h: Hit) -> bool {
    const PLURALS: &[&str] = &[
        "meetings",
        "workshops",
        "trainings",
        "conferences",
        "seminars",
        "webinars",
        "reunions",
        "ateliers",
    ];
    let name = doc.slice(h.start, h.end);
    one_of(name.rsplit(' ').next().unwrap_or(name), PLURALS)
}

/// Whether the theme at `hit` is part of an office's name, capitalised as names are: "the
/// State Secretary for Asylum and Migration", "the Ministry of Migration", "the National
/// Agency for the Prohibition of Trafficking in Persons" say who spoke, not what the
/// meeting was about. So does a programme's ("the EU-IOM Joint Initiative for Migrant
/// Protection and Reintegration" funded it).
fn in_office_name(text: &str, hit: Hit) -> bool {
    // How many words of the name may stand between the office and the theme.
    const MAX_WORDS: usize = 6;
    const JOINERS: &[&str] = &["for", "of", "the", "and", "on"];
    const OFFICES: &[&str] = &[
        "secretary",
        "minister",
        "ministry",
        "commissioner",
        "directorate",
        "director",
        "director-general",
        "department",
        "office",
        "agency",
        "initiative",
        "programme",
        "program",
        "facility",
        "fund",
        "project",
    ];
    let named = text
        .get(hit.start..hit.end)
        .is_some_and(|t| t.starts_with(|c: char| c.is_ascii_uppercase()))
        && near_before(text, hit.start, &["for", "of", "and"], 1);
    if !named {
        return false;
    }
    // Back over the name's words, capitalised or joining, to the office.
    let words = tail(text, hit.start, 120)
        .rsplit(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty());
    for word in words.take(MAX_WORDS) {
        if one_of(word, OFFICES) {
            return true;
        }
        if !(one_of(word, JOINERS) || word.starts_with(|c: char| c.is_ascii_uppercase())) {
            return false;
        }
    }
    false
}

/// Whether the kind at folded offset `at` is the subject that opens its sentence: "The
/// workshop", "This technical workshop".
fn opens_sentence(text: &str, at: usize) -> bool {
    const MAX_LEAD: usize = 3;
    let before = tail(text, at, 40);
    let lead = match before.rfind(['.', '!', '?', '\n']) {
        Some(i) => before.get(i + 1..).unwrap_or(""),
        // The window may start mid-sentence: only a lead that is the whole text counts.
        None if before.len() == at => before,
        None => return false,
    };
    let mut words = lead.split_whitespace();
    let opens = words
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("the") || w.eq_ignore_ascii_case("this"));
    opens && words.count() < MAX_LEAD
}

/// Whether the kind at `hit` is the subject of its sentence after a clause set off by a
/// comma: "Organised with the support of the EU, the technical meeting focused on return".
/// Its verb follows it: after a comma, a kind is as often an item of a list.
fn subject_after_clause(text: &str, hit: Hit) -> bool {
    const VERBS: &[&str] = &[
        "focused",
        "focussed",
        "brought",
        "gathered",
        "was",
        "aimed",
        "addressed",
        "discussed",
        "took",
        "examined",
        "explored",
        "reviewed",
        "provided",
        "allowed",
        "offered",
        "welcomed",
        "looked",
        "sought",
        "built",
        "served",
    ];
    let before = tail(text, hit.start, 8);
    let after_comma = before.ends_with(", the ") || before.ends_with(", this ");
    let verb = text
        .get(hit.end..)
        .and_then(|r| r.strip_prefix(' '))
        .and_then(|r| r.split([' ', ',', '.']).next())
        .is_some_and(|w| one_of(w, VERBS));
    after_comma && verb
}

/// Whether the theme at `hit` is mobility that is no migration by legal pathways: "human
/// mobility" and the mobility climate change brings about ("climate mobility", "climate
/// change and mobility") are another topic.
fn mobility_of_another_kind(text: &str, hit: Hit) -> bool {
    const OTHER_MOBILITY: &[&str] = &["human", "climate", "climate-induced", "environmental"];
    text.get(hit.start..hit.end)
        .is_some_and(|w| w.eq_ignore_ascii_case("mobility"))
        && (near_before(text, hit.start, OTHER_MOBILITY, 1)
            || near_before(text, hit.start, &["climate"], 3))
}

/// The mode the word before the meeting's kind states, or in French the word after it or
/// within it: "a virtual thematic meeting", "the online workshop", "un atelier virtuel",
/// "une réunion virtuelle d'experts".
fn mode_of_kind(text: &str, kind: Hit) -> Option<Mode> {
    let french = || {
        let next = text
            .get(kind.end..)
            .and_then(|r| r.strip_prefix(' '))
            .and_then(|r| r.split(|c: char| !c.is_ascii_alphabetic()).next())
            .unwrap_or("");
        // "virtuel", "virtuelle", "virtuels", "virtuelles".
        next.starts_with("virtuel") && next.len() <= "virtuelles".len()
            || text
                .get(kind.start..kind.end)
                .is_some_and(|k| k.contains(" virtuel"))
    };
    (near_before(text, kind.start, &["virtual", "online"], 1) || french()).then_some(Mode::Virtual)
}

/// Whether the event hit `event` is the object of a cue ending at folded `cue_end`: it
/// follows it right away, perhaps after an article ("chaired the SOM", "hosted its
/// workshop").
fn object_of_cue(text: &str, cue_end: usize, event: Hit) -> bool {
    const ARTICLES: &[&str] = &[
        "", "the", "its", "their", "a", "an", "this", "la", "le", "l'",
    ];
    event.start >= cue_end
        && text
            .get(cue_end..event.start)
            .is_some_and(|gap| ARTICLES.contains(&gap.trim()))
}

/// Where the last "Steering Committee" in folded `start..end` starts. The lexicon names the
/// committee only with what it did ("the Steering Committee met"), as the body alone is no
/// meeting ("Members of the Steering Committee attended"); but a cue after "the next
/// Steering Committee" is about that other meeting.
fn committee_before(text: &str, start: usize, end: usize) -> Option<usize> {
    const STEERING: &[u8] = b"steering ";
    // Built once: a sentence of many cues asks once per cue.
    static OMMITTEE: std::sync::LazyLock<memchr::memmem::FinderRev<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::FinderRev::new(b"ommittee"));
    // As bytes: `start` is a fixed reach back, which may fall inside a character.
    let window = text.as_bytes().get(start..end)?;
    // "ommittee" is found first, its "c" in either case.
    OMMITTEE.rfind_iter(window).find_map(|i| {
        let s = i.checked_sub(STEERING.len() + 1)?;
        let steering = window.get(s..s + STEERING.len())?;
        let c = window.get(i - 1)?;
        (steering.eq_ignore_ascii_case(STEERING) && c.eq_ignore_ascii_case(&b'c'))
            .then_some(start + s)
    })
}

/// Whether the place at folded offset `at` is where a body sits ("the Observatory in
/// Rabat"), unless the meeting was held at that body ("at the ICMPD office in Vienna").
fn is_seat(text: &str, at: usize) -> bool {
    near_before(text, at, &["in"], 1)
        && near_before(text, at, SEATED, 2)
        && !near_before(text, at, &["at"], 5)
}

/// Whether the word before folded offset `at`, on the same line, is a number, in digits or
/// words ("150 senior officials", "two hundred senior officials"). A year ending the line
/// above ("Abuja, 6-7 December 2016" over "Workshop on ...") counts nothing, nor does one
/// after an article ("the 2022 SOM").
fn after_number(text: &str, at: usize) -> bool {
    let before = tail(text, at, 60);
    let word_end = before.trim_end();
    // A line break or a tab between them parts lines or a table's cells ("2019\tThematic
    // meeting" under "Year\tMeeting").
    if before
        .get(word_end.len()..)
        .is_some_and(|gap| gap.contains(['\n', '\t']))
    {
        return false;
    }
    let mut words = word_end.rsplit(char::is_whitespace);
    let word = words.next().unwrap_or("");
    // "The 2022 SOM", "its 2019 Ministerial Conference": a year names the meeting.
    let year_named = word.len() == 4
        && word
            .parse::<u32>()
            .is_ok_and(|y| (1900..=2100).contains(&y))
        && words
            .next()
            .is_some_and(|w| one_of(w, &["the", "this", "its", "their", "a"]));
    !word.is_empty()
        && !year_named
        && (word.bytes().all(|b| b.is_ascii_digit()) || crate::lexicon::ends_number_word(word))
}

/// Whether the date `d` is alone on its line with a category it was filed under: "20.04.2019
/// | News", "Press release - 5 April 2019".
fn filed(text: &str, d: &dates::Found) -> bool {
    // A category and its separators are a few words: a line that goes on further either
    // side is no such line, and is not walked to its ends (a page of one long line would
    // be walked once per date).
    const MAX_CATEGORY: usize = 64;
    let near = tail(text, d.start, MAX_CATEGORY);
    let before = match memchr::memrchr(b'\n', near.as_bytes()) {
        Some(i) => near.get(i + 1..).unwrap_or(""),
        None if near.len() == d.start => near,
        None => return false,
    };
    let rest = text.get(d.end..).unwrap_or("");
    let near = crate::text::head(rest, MAX_CATEGORY);
    let after = match memchr::memchr(b'\n', near.as_bytes()) {
        Some(i) => near.get(..i).unwrap_or(""),
        None if near.len() == rest.len() => near,
        None => return false,
    };
    segment::filed_under_category(before, after)
}

/// An unknown city named as "in Sal, Cabo Verde" in folded `s..e`.
fn unknown_city_venue(doc: &Doc<'_>, s: usize, e: usize) -> Option<Venue> {
    let text = doc.text();
    doc.hits_in(s, e).iter().find_map(|&h| {
        let country = doc.country_at(h.start, h.end)?;
        // Only the few words before the country are read.
        let from = h.start - tail(text, h.start, 80).len();
        let s = s.max(from);
        let before = text.get(s..h.start)?.strip_suffix(", ")?;
        let word_start = before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
            .map_or(0, |i| i + 1);
        let city = before.get(word_start..)?;
        let lead = before.get(..word_start)?.trim_end();
        let last_word = lead.rsplit(' ').next().unwrap_or("");
        let after_in = one_of(last_word, VENUE_WORDS)
            || last_word == "a" && after_venue_word(doc, s + word_start);
        (city.starts_with(char::is_uppercase)
            && after_in
            && !near_before(text, s + word_start, NOT_HELD, 4))
        .then_some(Venue {
            city: Some((s + word_start, s + before.len())),
            country: Some(country),
        })
    })
}

/// Whether one of the `reach` words before folded offset `at` is one of `words`. Words of
/// another paragraph (a section heading, "Past events") are not near: the look stops at
/// a blank line.
fn near_before(text: &str, at: usize, words: &[&str], reach: usize) -> bool {
    // Folded text separates words with ASCII, so the bytes are walked back directly, no
    // further than 120 bytes.
    let window = tail(text, at, 120).as_bytes();
    let is_separator = |b: u8| b.is_ascii_whitespace() || b == b'(' || b == b'"' || b == b',';
    let mut end = window.len();
    for _ in 0..reach {
        // Back over the separators, counting the line ends of a blank line.
        let mut line_ends = 0;
        while let Some(&b) = end.checked_sub(1).and_then(|i| window.get(i)) {
            if !is_separator(b) {
                break;
            }
            match b {
                b'\n' => line_ends += 1,
                b' ' | b'\t' | b'\r' => {}
                _ => line_ends = 0,
            }
            if line_ends == 2 {
                return false;
            }
            end -= 1;
        }
        let start = window
            .get(..end)
            .and_then(|w| w.iter().rposition(|&b| is_separator(b)))
            .map_or(0, |i| i + 1);
        if start == end {
            return false;
        }
        let word = window.get(start..end).unwrap_or_default();
        // The word without the punctuation around it: "(IOM)." is "IOM".
        let kept = |b: &u8| b.is_ascii_alphanumeric() || *b == b'-' || !b.is_ascii();
        let trimmed = match (word.iter().position(kept), word.iter().rposition(kept)) {
            (Some(s), Some(e)) => word.get(s..=e).unwrap_or_default(),
            _ => &[],
        };
        // A word that ends a sentence is of another sentence ("... host the next one. The
        // meeting ..."), but for an initial or an abbreviation ("J.", "i.e.").
        let ends_sentence = word
            .iter()
            .rev()
            .find(|&&b| !matches!(b, b')' | b'"' | b'\''))
            .is_some_and(|b| matches!(b, b'.' | b'!' | b'?'));
        if ends_sentence && trimmed.len() > 1 && !trimmed.contains(&b'.') {
            return false;
        }
        // A list item's bullet at its line's start: what stands above is another item,
        // or the list's heading ("Past events" over "- Ministerial Conference, ...").
        let line_start = start == 0 && window.len() < 120
            || start.checked_sub(1).and_then(|i| window.get(i)) == Some(&b'\n');
        if line_start && matches!(word, b"-" | b"*" | b"\xe2\x80\xa2") {
            return false;
        }
        // So too a line that ends with a colon over a list: "In 2019, the Rabat Process
        // held the following meetings:" over "The Steering Committee met ...", and, on the
        // same line, meetings in the plural that a colon introduces one by one (where
        // "Next meeting: SOM" names the one that follows).
        const LISTED: &[&str] = &["meetings", "events", "activities", "reunions", "activites"];
        if word.ends_with(b":")
            && (window.get(end) == Some(&b'\n')
                || LISTED
                    .iter()
                    .any(|l| l.as_bytes().eq_ignore_ascii_case(trimmed)))
        {
            return false;
        }
        if words
            .iter()
            .any(|x| x.as_bytes().eq_ignore_ascii_case(trimmed))
        {
            return true;
        }
        end = start;
    }
    false
}

/// The month that opens `sentence` with a word before it and no year or day after it:
/// "In June,", "During March the", "En juin,", "Early May".
fn month_lead(sentence: &str) -> Option<u32> {
    const LEADS: &[&str] = &["in", "during", "en", "early", "late", "mid", "end", "since"];
    // Most sentences open with another word ("The"): told from its first letter.
    let first = sentence
        .trim_start()
        .bytes()
        .next()
        .map(|b| b.to_ascii_lowercase());
    if !first.is_some_and(|b| b"idelms".contains(&b)) {
        return None;
    }
    let mut words = sentence
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty());
    if !words.next().is_some_and(|w| one_of(w, LEADS)) {
        return None;
    }
    let month = words.next()?;
    let month = crate::lexicon::month(month.strip_suffix(',').unwrap_or(month))?;
    let dated = words
        .next()
        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    (!dated).then_some(u32::from(month))
}

/// Whether the month `month` falls within the months of `span`, in whichever year.
fn within_months(span: DateSpan, month: u32) -> bool {
    let (Some(first), Some(last)) = (span.start().month(), span.end().month()) else {
        return true;
    };
    if span.start().year() == span.end().year() {
        (first..=last).contains(&month)
    } else {
        month >= first || month <= last
    }
}

/// Words that open a sentence with a clause about another event, up to the clause's first
/// comma: "Following the SOM held in Madrid in October 2018, a technical meeting took place
/// ...". What the rest of the sentence tells is this meeting's. Each ends with a space.
const LEAD_INS: &[&str] = &[
    "following ",
    "after ",
    "building on ",
    "as a follow-up to ",
    "as a follow up to ",
    "in follow-up to ",
    "further to ",
    "in the wake of ",
    "ahead of ",
    "prior to ",
    "in preparation for ",
    // Held beside another event: "Organised back-to-back with the Khartoum Process
    // meeting co-chaired by Ethiopia, the workshop ...".
    "back-to-back with ",
    "organised back-to-back with ",
    "organized back-to-back with ",
    "held back-to-back with ",
    "in conjunction with ",
    "held in conjunction with ",
    // French, folded: "À la suite de la réunion ...", "Suite à la réunion ...".
    "a la suite de ",
    "suite a ",
    "apres ",
];
/// How far a lead-in clause may run to its comma.
const LEAD_IN_REACH: usize = 240;

/// Where the lead-in clause about another event that opens the sentence `s..e` ends (after
/// its comma), if one does and names an event: "Following the SOM of October 2018,".
pub(super) fn lead_in_end(doc: &Doc<'_>, s: usize, e: usize) -> Option<usize> {
    let sentence = doc.slice(s, e);
    opens_lead_in(sentence.trim_start()).then_some(())?;
    let comma = head(sentence, LEAD_IN_REACH).find(',')?;
    let end = s + comma + 1;
    let names_event = doc.hits_in(s, end).iter().any(|&h| doc.kind(h).is_some())
        || committee_before(doc.text(), s, end).is_some();
    names_event.then_some(end)
}

/// Whether folded offset `at` lies in a lead-in clause about another event, as
/// `lead_in_end` finds one, from the sentence start found by looking back.
fn in_lead_in(text: &str, at: usize) -> bool {
    let before = tail(text, at, LEAD_IN_REACH).as_bytes();
    // Back to the sentence's start (a full stop or a line's start); a comma on the way
    // ends the look.
    let start = match memchr::memrchr3(b',', b'.', b'\n', before) {
        Some(i) if before.get(i) == Some(&b',') => return false,
        Some(i) => i + 1,
        None => 0,
    };
    // The clause must open its sentence: a window cut short of the text's start may not.
    let opens = start > 0 || at == before.len();
    let clause = text.get(at - before.len() + start..at).unwrap_or("");
    opens && opens_lead_in(clause.trim_start())
}

/// Whether `text` opens with one of `LEAD_INS`. Most sentences open with a letter none
/// does ("The", "It"), which is all that is read of them.
fn opens_lead_in(text: &str) -> bool {
    let first = text.as_bytes().first().map(u8::to_ascii_lowercase);
    matches!(
        first,
        Some(b'f' | b'a' | b'b' | b'i' | b'p' | b's' | b'o' | b'h')
    ) && crate::text::starts_with_any(text, LEAD_INS).is_some()
}

/// Whether an event noun at folded offset `at` is named as another event than the one
/// announced ("the follow-up meeting", "to prepare the Ministerial Conference"); a coming
/// one ("the next SOM") only if it is not the one announced.
fn named_as_other_event(text: &str, at: usize, coming_is_own: bool) -> bool {
    // The bytes before the event looked at for the start of its line: as far back as the
    // words are looked for, so that a long line is not walked to its start.
    const WINDOW: usize = 120;
    let words = if coming_is_own {
        OTHER_EVENT.get(COMING_WORDS..).unwrap_or_default()
    } else {
        OTHER_EVENT
    };
    // Most events are named as no other: the line is looked at only for those that are.
    if !near_before(text, at, words, OTHER_EVENT_REACH) {
        return in_lead_in(text, at);
    }
    // An event that opens its line (a title, a header, a list's item) is not qualified
    // by the line above: "Past events" or "Previous meetings" is a heading over it.
    let before = tail(text, at, WINDOW);
    let Some(line_start) = before.rfind('\n').map(|i| at - before.len() + i + 1) else {
        return true;
    };
    let opens_line = text.get(line_start..at).is_some_and(|lead| {
        lead.trim_start_matches(super::labels::BULLETS)
            .trim()
            .is_empty()
    });
    !opens_line
        || near_before(
            text.get(line_start..).unwrap_or(""),
            at - line_start,
            words,
            OTHER_EVENT_REACH,
        )
}

/// Appends the sentences of folded `start..end` to `out`: they end at `.`, `!` or `?`
/// before white space, and where a paragraph does: at a run of more than `breaks` line
/// breaks (a blank line; on a page of doubled breaks, two).
pub(super) fn sentences(
    text: &str,
    breaks: usize,
    start: usize,
    end: usize,
    out: &mut Vec<(usize, usize)>,
) {
    let slice = text.get(start..end).unwrap_or("");
    let bytes = slice.as_bytes();
    let mut push = |from: usize, to: usize| {
        if slice.get(from..to).is_some_and(|s| !s.trim().is_empty()) {
            out.push((start + from, start + to));
        }
    };
    // Only stops and line ends are looked at; memchr finds them without reading byte by
    // byte, the two kinds merged in order.
    let mut stops = memchr::memchr3_iter(b'.', b'!', b'?', bytes).peekable();
    let mut lines = memchr::memchr_iter(b'\n', bytes).peekable();
    let mut from = 0;
    loop {
        let i = match (stops.peek().copied(), lines.peek().copied()) {
            (Some(s), Some(l)) if s < l => stops.next(),
            (Some(_), None) => stops.next(),
            (_, Some(_)) => lines.next(),
            (None, None) => break,
        };
        let Some(i) = i else { break };
        let ends = if bytes.get(i) == Some(&b'\n') {
            // Blank lines, perhaps holding spaces, end a paragraph; a label line ("Chair:
            // Mauritania") is no part of the sentence above it.
            let white = bytes
                .get(i..)
                .unwrap_or(&[])
                .iter()
                .take_while(|&&c| matches!(c, b' ' | b'\t' | b'\n'));
            // Counted no further than it tells: a run of many blank lines is passed at
            // each of its breaks.
            let (mut run, mut len) = (0, 0);
            for &c in white {
                run += usize::from(c == b'\n');
                if run > breaks {
                    break;
                }
                len += 1;
            }
            run > breaks
                || slice
                    .get(i + len..)
                    .is_some_and(super::labels::opens_with_label)
        } else {
            bytes.get(i + 1).is_none_or(u8::is_ascii_whitespace)
                && !crate::text::after_abbreviation(bytes, i)
        };
        if ends {
            push(from, i + 1);
            from = i + 1;
        }
    }
    push(from, bytes.len());
}

/// The meeting's title: a quoted text after its kind ("a Technical Meeting on “...”") or
/// after "entitled", "titled", "under the title" or "on the theme".
fn title(doc: &Doc<'_>, region: &Region<'_>) -> Option<(usize, usize)> {
    let text = doc.text();
    let slice = text.get(region.start..region.end)?;
    let bytes = slice.as_bytes();
    let mut search = 0;
    let mut sentence = None;
    while let Some(open) = memchr::memchr2(b'"', b'\'', bytes.get(search..)?) {
        let open = search + open;
        search = open + 1;
        // An apostrophe inside a word ("Morocco's", "d'Ivoire") opens no quotation; the
        // common case is turned away before the input is looked at.
        let in_word = |i: Option<usize>| {
            i.and_then(|i| bytes.get(i))
                .is_some_and(u8::is_ascii_alphanumeric)
        };
        if bytes.get(open) == Some(&b'\'')
            && in_word(open.checked_sub(1))
            && in_word(Some(open + 1))
        {
            continue;
        }
        let Some(close) = closing_quote(doc, region.start, slice, open, &mut sentence) else {
            continue;
        };
        search = close + 1;
        let inner = slice.get(open + 1..close)?;
        // A title may be wrapped over a few lines, but not over a blank one.
        let wrapped = inner.contains('\n');
        let blank_line = wrapped && inner.split('\n').skip(1).any(|l| l.trim().is_empty());
        if inner.trim().len() < 3 || blank_line || wrapped && inner.len() > MAX_WRAPPED_TITLE {
            continue;
        }
        let before = slice.get(..open)?.trim_end();
        let last_words = tail(before, before.len(), 12).to_ascii_lowercase();
        // Right after the kind, or after words that lead in to a title.
        let lead_in = TITLE_LEAD_INS
            .iter()
            .chain(&["on the", "on", "sur la", "sur le", "sur les", "sur", ":"])
            .find(|w| last_words.ends_with(*w))
            .unwrap_or(&"");
        let cue_end = region.start + before.len() - lead_in.len();
        // Before a colon, the kind may be followed by its topic: "Thematic meeting on
        // border management: “Strengthening capacities at land borders”".
        let topic = |gap: &str| {
            *lead_in == ":"
                && ["on ", "sur "].iter().any(|w| gap.starts_with(w))
                && !gap.contains(['.', ',', ';', '\n', '"'])
        };
        let after_kind = doc
            .hits_in(cue_end.saturating_sub(80), cue_end)
            .iter()
            .any(|&h| {
                h.end <= cue_end
                    && text
                        .get(h.end..cue_end)
                        .is_some_and(|g| g.trim().is_empty() || topic(g.trim_start()))
                    && doc.kind(h).is_some()
            });
        // A quotation alone on its line is a title too, as under a card's header.
        // Looked at from the quotes outwards, as a line may be long.
        let raw_before = slice.get(..open).unwrap_or("");
        let opens_line = raw_before
            .bytes()
            .rev()
            .find(|b| !matches!(b, b' ' | b'\t'))
            .is_none_or(|b| b == b'\n');
        let after = slice.get(close + 1..).unwrap_or("");
        let ends_line = after
            .bytes()
            .find(|b| !matches!(b, b' ' | b'\t' | b'.'))
            .is_none_or(|b| b == b'\n' || b == b'\r');
        let alone = opens_line && ends_line;
        // "under the title", "on the theme" introduce a title after any words.
        if after_kind || alone || TITLE_LEAD_INS.contains(lead_in) {
            let (s, e) = (region.start + open + 1, region.start + close);
            let inner = text.get(s..e)?;
            let lead = inner.len() - inner.trim_start().len();
            return Some((s + lead, s + inner.trim_end().len()));
        }
    }
    None
}

/// A title written without quotes right after the kind and "entitled" or "titled": "The
/// expert meeting, entitled Protecting migrants in vulnerable situations, took place".
/// It runs from the capital after the word to the end of its clause; or, the word opening
/// its sentence, up to the meeting it names ("Entitled Return, readmission and
/// reintegration, the meeting gathered ...").
fn unquoted_title(doc: &Doc<'_>, region: &Region<'_>) -> Option<(usize, usize)> {
    const MAX_TITLE_WORDS: usize = 20;
    static TITLED: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"titled "));
    let text = doc.text();
    let slice = text.get(region.start..region.end)?;
    let at = TITLED.find(slice.as_bytes())?;
    // The word is "titled" or "entitled", right after the kind ("the workshop, entitled").
    let word_start = slice
        .get(..at)?
        .rfind(|c: char| !c.is_ascii_alphabetic())
        .map_or(0, |i| i + 1);
    if !matches!(slice.get(word_start..at)?, "" | "en" | "En") {
        return None;
    }
    let cue = region.start + word_start;
    let after_kind = doc
        .hits_in(cue.saturating_sub(80), cue)
        .last()
        .is_some_and(|&h| {
            doc.kind(h).is_some()
                && text
                    .get(h.end..cue)
                    .is_some_and(|gap| gap.trim_matches([' ', ',']).is_empty())
        });
    let start = at + "titled ".len();
    let rest = slice.get(start..)?;
    if !rest.starts_with(char::is_uppercase) {
        return None;
    }
    // "Entitled Return, readmission and reintegration: a shared responsibility, the
    // meeting gathered ...": opening its sentence, the word names the title of the meeting
    // named after it, commas and all.
    let opens_sentence = !after_kind && {
        let before = slice.get(..word_start)?.trim_end();
        (before.is_empty() || before.ends_with(['.', '\n']))
            && slice
                .get(word_start..word_start + 1)
                .is_some_and(|c| c == "E" || c == "T")
    };
    let clause_end = if opens_sentence {
        let sentence = rest.get(..rest.find(['.', ';', '\n']).unwrap_or(rest.len()))?;
        sentence.match_indices(", ").map(|(i, _)| i).find(|&i| {
            let next = region.start + start + i + 2;
            let next_words = doc.slice(next, region.end);
            let after_article = ["the ", "this "]
                .iter()
                .find_map(|a| next_words.strip_prefix(a))
                .map(|w| next + (next_words.len() - w.len()));
            after_article.is_some_and(|at| {
                doc.first_hit_in(at, region.end)
                    .is_some_and(|h| h.start == at && doc.kind(h).is_some())
            })
        })?
    } else if after_kind {
        rest.find([',', ';', '.', '\n']).unwrap_or(rest.len())
    } else {
        return None;
    };
    let title = rest.get(..clause_end)?;
    let title = title.trim_end();
    let words = title.split_whitespace().count();
    (2..=MAX_TITLE_WORDS)
        .contains(&words)
        .then_some((region.start + start, region.start + start + title.len()))
}

/// The most bytes a quoted title wrapped over lines may run to.
const MAX_WRAPPED_TITLE: usize = 300;
/// The most bytes a title in straight single quotes may run to.
const MAX_STRAIGHT_QUOTE: usize = 200;

/// Where the quotation opened at `slice[open]` closes: at the next `"` after a `"`; after
/// a single opening quote (‘, not an apostrophe), at the last ’ not followed by a letter
/// before the sentence ends (so that "‘Protecting migrants’ rights’" keeps its
/// apostrophe).
fn closing_quote(
    doc: &Doc<'_>,
    base: usize,
    slice: &str,
    open: usize,
    sentence: &mut Option<LastClosing>,
) -> Option<usize> {
    let rest = slice.get(open + 1..)?;
    if slice.get(open..)?.starts_with('"') {
        return Some(open + 1 + rest.find('"')?);
    }
    if doc.original(base + open, base + open + 1) == "'" {
        // A straight quote opens a title only before a capital ("the seminar 'Return and
        // reintegration in practice'"), and closes at the next one that ends a word, on
        // the same line and not far: a title is short.
        if !rest.starts_with(|c: char| c.is_ascii_uppercase()) {
            return None;
        }
        let near = head(rest, MAX_STRAIGHT_QUOTE);
        let line = near.get(..near.find('\n').unwrap_or(near.len()))?;
        let close = memchr::memchr_iter(b'\'', line.as_bytes()).find(|&i| {
            !line
                .get(i + 1..)
                .is_some_and(|r| r.starts_with(char::is_alphanumeric))
        })?;
        return Some(open + 1 + close);
    }
    if !doc
        .original(base + open, base + open + 1)
        .starts_with('\u{2018}')
    {
        return None;
    }
    // Every opening quote of a sentence closes at the same last quote: it is looked for
    // once per sentence, as a sentence may open thousands.
    let known = sentence.filter(|s| open < s.end);
    let LastClosing { last, .. } = match known {
        Some(known) => known,
        None => {
            let found = last_closing(doc, base, slice, open);
            *sentence = Some(found);
            found
        }
    };
    last.filter(|&last| last > open)
}

/// Where the sentence around a single opening quote at `slice[open]` ends, and its last
/// closing quote (’ not followed by a letter) after the opening.
#[derive(Debug, Clone, Copy)]
struct LastClosing {
    end: usize,
    last: Option<usize>,
}

fn last_closing(doc: &Doc<'_>, base: usize, slice: &str, open: usize) -> LastClosing {
    let rest = slice.get(open + 1..).unwrap_or("");
    // The first full stop before a space, or line end: one scan, as a line may be long.
    let bytes = rest.as_bytes();
    let sentence_end = memchr::memchr2_iter(b'.', b'\n', bytes)
        .find(|&i| bytes.get(i) == Some(&b'\n') || bytes.get(i + 1) == Some(&b' '))
        .map_or(rest.len(), |i| {
            if bytes.get(i) == Some(&b'.') {
                i + 1
            } else {
                i
            }
        });
    let within = rest.get(..sentence_end).unwrap_or("");
    let mut last = None;
    let mut from = 0;
    while let Some(i) = within.get(from..).and_then(|r| r.find('\'')) {
        let at = from + i;
        let curly = doc
            .original(base + open + 1 + at, base + open + 2 + at)
            .starts_with('\u{2019}');
        let then_letter = within
            .get(at + 1..)
            .is_some_and(|r| r.starts_with(char::is_alphanumeric));
        if curly && !then_letter {
            last = Some(open + 1 + at);
        }
        from = at + 1;
    }
    LastClosing {
        end: open + 1 + sentence_end,
        last,
    }
}

/// Participant figures: "80 participants representing 33 partner countries", "(including 9
/// European and 12 African countries)", in sentences about who attended.
fn participants(
    doc: &Doc<'_>,
    hits: &[Hit],
    sentences: &SentenceDates<'_>,
    dated_apart: &dyn Fn(usize, usize) -> bool,
) -> Option<Participants> {
    let text = doc.text();
    let mut p = Participants::default();
    let mut tokens = sentences.scratch.take();
    for sentence in (0..sentences.len()).filter(|&i| sentences.may_count(i)) {
        let Some((start, digit, end)) = sentences.digit_span(sentence) else {
            continue;
        };
        // The sentence's figures first, from its first number on: most numbers are dates
        // and give none, and then the sentence need not be searched for words about
        // attendance.
        tokens.clear();
        tokens::tokenize_into(text, digit, end, &mut tokens);
        let mut found = Participants::default();
        // "Participants: 50": the label says who is counted, and that they attended.
        let labelled = labelled_count(text.get(start..end).unwrap_or(""), digit - start);
        // "Participants: 25 countries, 8 organisations" counts no people.
        let words = tokens.iter().skip(1).map(|t| t.text(text));
        if labelled && !counts_others_after(words) {
            found.people = tokens.first().and_then(|t| t.number());
        }
        // The whole a part is counted of, passed over: "57" of "34 of the 57 countries".
        let mut whole = None;
        // Whether the last figure filed counted countries.
        let mut counted_countries = false;
        for (i, t) in tokens.iter().enumerate() {
            let Some(value) = t.number() else { continue };
            if whole == Some(i)
                || matches!(t.kind, Kind::Number { digits: 4, .. })
                    && (1900..=2100).contains(&value)
            {
                continue;
            }
            // "1,200 participants", "1 000 participants": the thousands come first.
            let value = thousands_before(text, &tokens, i)
                .map_or(value, |k| k.saturating_mul(1000).saturating_add(value));
            // "80+ participants": at least as many.
            let mut after = i + 1 + usize::from(tokens.get(i + 1).is_some_and(|t| t.is_punct('+')));
            // "34 of the 57 partner countries": the part present counts what the whole
            // does.
            if let Some(of_whole) = whole_after(text, tokens.get(after..).unwrap_or(&[])) {
                whole = Some(after + of_whole);
                after += of_whole + 1;
            }
            let before = found;
            let rest = tokens.get(after..).unwrap_or(&[]);
            figure(text, rest, value, &mut found);
            // "Out of the 57 partner countries, 40 were represented", "The 57 partner
            // countries were invited; 35 attended": those present are the part.
            if found.countries != before.countries
                && let Some(part) = present_part(text, rest).filter(|&part| part < value)
            {
                found.countries = Some(part);
            }
            if found.countries != before.countries {
                counted_countries = true;
            } else if found.people != before.people {
                counted_countries = false;
            } else if found == before
                && counted_countries
                && let Some(european) = continent_after(text, rest)
            {
                // "21 countries, including 8 from Europe", "(12 from Africa and 9 from
                // Europe)": the countries counted last, by region.
                let slot = if european {
                    &mut found.european
                } else {
                    &mut found.african
                };
                slot.get_or_insert(value);
            }
            // Asked only of numbers that state a figure: it searches the sentence's dates.
            if found != before && dated_apart(sentence, t.start) {
                found = before;
            }
        }
        // A digit starts a token, so the words before it are tokenized on their own.
        // "a training for 40 border officers": those a meeting was held for took part.
        let held_for = || {
            text.get(start..digit).is_some_and(|b| b.ends_with(" for "))
                && found.people.is_some()
                && found.people == tokens.first().and_then(|t| t.number())
                && doc
                    .hits_in(start, digit)
                    .iter()
                    .any(|&h| doc.kind(h).is_some())
        };
        let attendance = || {
            tells_of_attendance(text, &tokens)
                || held_for()
                || tells_of_attendance(text, &tokenize(text, start, digit))
        };
        if found.is_empty() || !(labelled || attendance()) {
            continue;
        }
        keep_first(&mut p, found);
    }
    // Numbers in words ("some thirty partner countries"), in sentences about attendance.
    // Only the few words after each number are read, and each sentence is asked once
    // whether it is about attendance: a sentence may hold thousands of "one".
    let mut attendance: Option<((usize, usize), bool)> = None;
    let number = |h: Hit| {
        doc.names(h).find_map(|n| match n {
            Name::Number(v) => Some(*v),
            _ => None,
        })
    };
    let mut numbers = hits.iter().filter(|h| h.may_name(class::NUMBER)).peekable();
    while let Some(&h) = numbers.next() {
        let Some(mut value) = number(h) else {
            continue;
        };
        // "one hundred and twenty", "two hundred fifty": the hundreds, then the rest.
        let mut end = h.end;
        if value % 100 == 0
            && let Some(&&next) = numbers.peek()
            && matches!(text.get(h.end..next.start), Some(" and " | " "))
            && let Some(rest) = number(next).filter(|&n| n < 100)
        {
            value += rest;
            end = next.end;
            numbers.next();
        }
        let Some(&sentence) = sentences.around(h.start) else {
            continue;
        };
        let after = head(text.get(end..sentence.1).unwrap_or(""), FIGURE_REACH);
        tokens.clear();
        tokens::tokenize_into(text, end, end + after.len(), &mut tokens);
        let mut found = Participants::default();
        figure(text, &tokens, value, &mut found);
        if found.is_empty() {
            continue;
        }
        let about_attendance = match attendance {
            Some((known, answer)) if known == sentence => answer,
            _ => {
                let answer = tells_of_attendance(text, &tokenize(text, sentence.0, sentence.1));
                attendance = Some((sentence, answer));
                answer
            }
        };
        if about_attendance {
            keep_first(&mut p, found);
        }
    }
    // The countries stated by region, where no total is: "9 European and 12 African
    // countries" are 21; "12 West African countries" are 12.
    if p.countries.is_none() && (p.european.is_some() || p.african.is_some()) {
        let (eu, af) = (p.european.unwrap_or(0), p.african.unwrap_or(0));
        p.countries = Some(eu.saturating_add(af));
    }
    sentences.scratch.set(tokens);
    (!p.is_empty()).then_some(p)
}

/// The thousands written before the three digits of token `i`, parted from them by a
/// comma, a dot or a space: 1 in "1,200", "1.200" and "1 200".
fn thousands_before(text: &str, tokens: &[Token], i: usize) -> Option<u32> {
    let t = tokens.get(i)?;
    if !matches!(t.kind, Kind::Number { digits: 3, .. }) {
        return None;
    }
    let before = i.checked_sub(1).and_then(|j| tokens.get(j))?;
    let (thousands, gap) = if before.is_punct(',') || before.is_punct('.') {
        let number = i.checked_sub(2).and_then(|j| tokens.get(j))?;
        (number, text.get(number.end..t.start)?)
    } else {
        (before, text.get(before.end..t.start)?)
    };
    let grouped = matches!(gap, "," | "." | " ");
    match thousands.kind {
        Kind::Number {
            value,
            digits: 1..=3,
        } if grouped => value,
        _ => None,
    }
}

/// How many bytes after a number in words are read for what it counts: `figure` reads
/// five words.
const FIGURE_REACH: usize = 120;

/// Adds to `p` the figures of `found` it has not got: the first figure of each kind wins.
fn keep_first(p: &mut Participants, found: Participants) {
    p.people = p.people.or(found.people);
    p.countries = p.countries.or(found.countries);
    p.european = p.european.or(found.european);
    p.african = p.african.or(found.african);
}

/// Whether the tokens after a number name Europe (true) or Africa (false), perhaps after
/// "from": "8 from Europe".
fn continent_after(text: &str, after: &[Token]) -> Option<bool> {
    let after = match after {
        [from, rest @ ..] if from.is_word(text, "from") => rest,
        _ => after,
    };
    let word = after.first().filter(|t| t.kind == Kind::Word)?;
    if word.is_word(text, "europe") {
        Some(true)
    } else {
        word.is_word(text, "africa").then_some(false)
    }
}

/// The number in `after` (the tokens after a count of countries) that a verb of attendance
/// follows alone, without a noun of what it counts: 40 in "..., 40 were represented", 35
/// in "... were invited; 35 attended". Not where the count's own words said the countries
/// came: "30 countries attended; 12 participated online" counts people online.
fn present_part(text: &str, after: &[Token]) -> Option<u32> {
    const CAME: &[&str] = &[
        "attended",
        "participated",
        "represented",
        "present",
        "joined",
    ];
    for (i, t) in after.iter().enumerate() {
        if t.is_any_word(text, CAME) || t.is_word(text, "took") {
            return None;
        }
        let Some(n) = t.number() else { continue };
        let mut verb = after.get(i + 1..).unwrap_or(&[]);
        if let [first, rest @ ..] = verb
            && first.is_any_word(text, &["were", "was", "had"])
        {
            verb = rest;
        }
        let attended = match verb {
            [took, part, ..] if took.is_word(text, "took") && part.is_word(text, "part") => true,
            [word, ..] => word.is_any_word(text, CAME),
            [] => false,
        };
        if attended {
            return Some(n);
        }
    }
    None
}

/// Files the number `value` by the words after it.
/// Where the number of a whole of countries stands in `after`, the tokens after a number
/// that counts a part of it: "of the 57" or "of 57" after "34", before "(partner)
/// countries". Of people, the whole is those who attended ("80 of the 100 participants
/// were women").
fn whole_after(text: &str, after: &[Token]) -> Option<usize> {
    if !after.first()?.is_word(text, "of") {
        return None;
    }
    let at = if after.get(1).is_some_and(|t| t.is_word(text, "the")) {
        2
    } else {
        1
    };
    after.get(at)?.number()?;
    let counted = after.get(at + 1..).unwrap_or(&[]);
    let countries = match counted {
        [first, second, ..] if first.is_any_word(text, &["partner", "participating"]) => second,
        [first, ..] => first,
        [] => return None,
    };
    countries.is_any_word(text, COUNTRIES).then_some(at)
}

/// Whether `tokens` hold a word about attendance; not "from" after countries, which says
/// where they are rather than who came from them ("57 partner countries from Central and
/// West Africa").
fn tells_of_attendance(text: &str, tokens: &[Token]) -> bool {
    let mut before: Option<&Token> = None;
    tokens.iter().any(|t| {
        let countries_before = before.is_some_and(|b| b.is_any_word(text, COUNTRIES));
        before = Some(t);
        t.is_any_word(text, ATTENDANCE) && !(countries_before && t.is_word(text, "from"))
    })
}

fn figure(text: &str, after: &[Token], value: u32, p: &mut Participants) {
    // The next five words, as written (no copies: they are compared ignoring case). "11
    // were European": the verb says nothing about what is counted.
    let mut words = [""; 5];
    let mut n = 0;
    let run = after.iter().take_while(|t| t.kind == Kind::Word);
    for (i, t) in run.enumerate() {
        let w = elided(t.text(text));
        // "12 West African countries" are African countries.
        let part_of_region = one_of(w, COMPASS)
            && after
                .get(i + 1)
                .is_some_and(|next| next.is_any_word(text, REGIONS));
        if one_of(w, IDLE_VERBS) || part_of_region {
            continue;
        }
        let Some(slot) = words.get_mut(n) else { break };
        *slot = w;
        n += 1;
    }
    let word = |i: usize| words.get(i).copied().unwrap_or("");
    let head = word(0);
    // "80 participants", "150 senior officials", "70 high-level participants", "35 coast
    // guard officers"
    let qualified = |i: usize| {
        one_of(word(i), PEOPLE)
            && (0..i).all(|j| !one_of(word(j), COUNTRIES) && !one_of(word(j), &["and", "of"]))
    };
    if one_of(head, PEOPLE) || qualified(1) || qualified(2) {
        // "50 participants in person and 40 online": all of them took part.
        let counted = after
            .iter()
            .take(4)
            .position(|t| t.is_any_word(text, PEOPLE))
            .and_then(|i| after.get(i + 1..));
        // "50 participants attended in person and 30 online": the verb between.
        let counted = counted.map(|rest| match rest {
            [took, part, more @ ..] if took.is_word(text, "took") && part.is_word(text, "part") => {
                more
            }
            [verb, more @ ..]
                if verb.is_any_word(text, &["attended", "participated", "joined"]) =>
            {
                more
            }
            _ => rest,
        });
        let online = counted.and_then(|rest| online_beside_present(text, rest));
        p.people
            .get_or_insert(value.saturating_add(online.map_or(0, |(n, _)| n)));
        return;
    }
    // "50 in person and 40 online participants"
    if let Some((online, len)) = online_beside_present(text, after)
        && after.get(len).is_some_and(|t| t.is_any_word(text, PEOPLE))
    {
        p.people.get_or_insert(value.saturating_add(online));
        return;
    }
    // "9 European and 12 African countries", "12 African partner countries"; French puts
    // the region after the noun: "22 pays africains", "18 pays partenaires européens".
    // "12 pays d'Afrique de l'Ouest": the continent after the noun.
    const EUROPEAN: &[&str] = &["european", "européens", "europeens", "europe"];
    const AFRICAN: &[&str] = &["african", "africains", "afrique"];
    let region_at = if !head.eq_ignore_ascii_case("pays") {
        0
    } else if word(1).eq_ignore_ascii_case("partenaires") {
        2
    } else {
        1
    };
    let region_word = if one_of(word(region_at), EUROPEAN) {
        Some(true)
    } else if one_of(word(region_at), AFRICAN) {
        Some(false)
    } else {
        None
    };
    // "37 European and African countries", "28 pays européens et africains": a total.
    let both_regions = one_of(word(region_at + 1), &["and", "et"])
        && (one_of(word(region_at + 2), EUROPEAN) || one_of(word(region_at + 2), AFRICAN));
    let rest_names_countries = words.iter().take(4).any(|w| one_of(w, COUNTRIES));
    // "18 countries of West and Central Africa", "6 countries from Europe": the continent
    // after the noun.
    if let Some(european) = continent_after_noun(text, after) {
        file_by_region(p, european, value);
        return;
    }
    // "12 EU Member States" are European countries; "18 Member States of the Rabat
    // Process", "15 ECOWAS Member States" say of what, not who came.
    if head.eq_ignore_ascii_case("eu") && word(1).eq_ignore_ascii_case("member") {
        p.european.get_or_insert(value);
        return;
    }
    if word(0).eq_ignore_ascii_case("member") || word(1).eq_ignore_ascii_case("member") {
        return;
    }
    let and_next = word(1).eq_ignore_ascii_case("and");
    // "(10 African, 8 European)": a figure of each region, parted by a comma.
    let comma_pair = matches!(
        after.get(1..4),
        Some([comma, n, w]) if comma.is_punct(',')
            && n.number().is_some()
            && w.is_any_word(text, &["african", "european"])
    );
    // Where the noun of countries stands after a group's name, if it does.
    let group_countries = (0..4).find(|&i| one_of(word(i), COUNTRIES)).filter(|&at| {
        (0..at).all(|i| {
            one_of(word(i), &["partner", "participating"])
                || word(i).starts_with(|c: char| c.is_ascii_uppercase())
        })
    });
    match (region_word, group_countries) {
        (Some(european), _) if rest_names_countries || and_next || comma_pair => {
            // "37 European and African countries" is a total, not a European figure.
            if both_regions {
                p.countries.get_or_insert(value);
            } else {
                file_by_region(p, european, value);
                // "(15 African and 12 European)", "(10 African, 8 European)": the second
                // figure, whose "countries" is left unsaid, is filed with the first.
                let other = if european { "african" } else { "european" };
                if let (Some(and), Some(n), Some(w)) = (after.get(1), after.get(2), after.get(3))
                    && (and.is_word(text, "and") || and.is_punct(','))
                    && let Some(n) = n.number()
                    && w.is_word(text, other)
                {
                    file_by_region(p, !european, n);
                }
            }
        }
        // "8 ECOWAS countries", "10 Sahel countries", "20 Rabat Process partner countries":
        // a named group's countries.
        (None, Some(countries_at)) => {
            // "20 partner countries and 4 observer countries": the total stated.
            let observers = match after.get(countries_at + 1..countries_at + 5) {
                Some([and, n, observer, countries])
                    if and.is_word(text, "and")
                        && observer.is_any_word(text, &["observer", "observers"])
                        && countries.is_any_word(text, COUNTRIES) =>
                {
                    n.number()
                }
                _ => None,
            };
            p.countries
                .get_or_insert(value.saturating_add(observers.unwrap_or(0)));
        }
        _ => {}
    }
}

/// Files `value` as the figure of the European countries, or of the African ones, unless
/// the announcement gave that figure already.
fn file_by_region(p: &mut Participants, european: bool, value: u32) {
    let slot = if european {
        &mut p.european
    } else {
        &mut p.african
    };
    slot.get_or_insert(value);
}

/// Whether `after`, the tokens after a figure, count the countries of a continent named
/// after the noun: `Some(true)` for Europe ("6 countries from Europe"), `Some(false)` for
/// Africa ("18 countries of West and Central Africa").
fn continent_after_noun(text: &str, after: &[Token]) -> Option<bool> {
    // Parts of the continent and their joiners: "of North, West and Central Africa".
    const REACH: usize = 6;
    let [noun, of, rest @ ..] = after else {
        return None;
    };
    if !noun.is_any_word(text, COUNTRIES) || !of.is_any_word(text, &["of", "from", "in"]) {
        return None;
    }
    let at = rest.iter().take(REACH).position(|t| {
        !(t.is_any_word(text, COMPASS) || t.is_any_word(text, &["and", "the"]) || t.is_punct(','))
    })?;
    let continent = rest.get(at)?;
    // "25 countries of Africa and Europe" are of both: a total.
    let both = matches!(rest.get(at + 1..at + 3), Some([and, other])
        if and.is_word(text, "and") && other.is_any_word(text, &["africa", "europe"]));
    if both {
        None
    } else if continent.is_word(text, "europe") {
        Some(true)
    } else if continent.is_word(text, "africa") {
        Some(false)
    } else {
        None
    }
}

/// The figure of those who took part online that `after`, the tokens after a figure of
/// those present, gives beside it, and how many tokens say so: "in person and 40 online",
/// "on site, 25 participants connected remotely".
fn online_beside_present(text: &str, after: &[Token]) -> Option<(u32, usize)> {
    let present = match after {
        [a, b, ..] if a.is_word(text, "in") && b.is_word(text, "person") => 2,
        [a, b, ..] if a.is_word(text, "on") && b.is_word(text, "site") => 2,
        [a, ..] if a.is_any_word(text, &["in-person", "on-site", "onsite", "physically"]) => 1,
        _ => return None,
    };
    let [and, n, rest @ ..] = after.get(present..)? else {
        return None;
    };
    if !(and.is_word(text, "and") || and.is_punct(',')) {
        return None;
    }
    let n = n.number()?;
    // "40 online", "40 participants online", "40 connected remotely"
    const JOINING: &[&str] = &["joining", "joined", "connected", "connecting", "following"];
    let words = rest
        .iter()
        .take(2)
        .take_while(|t| t.is_any_word(text, PEOPLE) || t.is_any_word(text, JOINING))
        .count();
    rest.get(words)?
        .is_any_word(text, &["online", "virtually", "remotely"])
        .then_some((n, present + 2 + words + 1))
}

/// Whether the word right before folded offset `at` makes what follows a venue, as one of
/// `VENUE_WORDS`, "from" after "hybrid" ("in a hybrid format from Madrid") or the French "à" (folded to
/// "a", so told from the English article by the input).
fn after_venue_word(doc: &Doc<'_>, at: usize) -> bool {
    let text = doc.text();
    if near_before(text, at, VENUE_WORDS, 1) {
        return true;
    }
    // "in a hybrid format from Madrid": where a hybrid meeting was held (one online alone
    // has no venue, wherever it was run from).
    let from = text
        .get(..at)
        .unwrap_or("")
        .trim_end()
        .strip_suffix("from")
        .and_then(|r| r.strip_suffix(' '));
    if let Some(before) = from {
        let mut words = before.rsplit(' ');
        let word = words.next().unwrap_or("");
        let hybrid = |w: &str| w.eq_ignore_ascii_case("hybrid");
        if hybrid(word) || word == "format" && words.next().is_some_and(hybrid) {
            return true;
        }
    }
    // A wrapped line may end with it: "accueilli à" over "Dakar".
    let lead = text.get(..at).unwrap_or("").trim_end();
    let Some(a) = lead.len().checked_sub(1) else {
        return false;
    };
    let alone = a == 0
        || lead
            .as_bytes()
            .get(a - 1)
            .is_some_and(u8::is_ascii_whitespace);
    alone && lead.ends_with(['a', 'A']) && matches!(doc.original(a, a + 1), "à" | "À")
}

/// Whether a city at folded offset `at` follows the name of a place in it after "at": "at
/// the King Fahd Hotel, Dakar", "at the Palais des Congrès, Abidjan".
fn after_named_place(text: &str, at: usize) -> bool {
    const MAX_WORDS: usize = 6;
    const JOINERS: [&str; 5] = ["the", "of", "de", "des", "du"];
    let Some(before) = text.get(..at).and_then(|b| b.strip_suffix(", ")) else {
        return false;
    };
    let mut named = false;
    for word in before.rsplit(' ').take(MAX_WORDS + 1) {
        if word == "at" {
            return named;
        }
        let capital = word.starts_with(char::is_uppercase);
        if !capital && !JOINERS.contains(&word) {
            return false;
        }
        named |= capital;
    }
    false
}

/// Where "by" ends when a verb's venue or day (or both) comes between the verb and it:
/// " in Abidjan by " in "organised in Abidjan by Côte d'Ivoire", " in Accra on 5 July 2019
/// by ", " on 15 June 2020 by ", " online by ", " à Abidjan, Côte d'Ivoire, par " in
/// French.
/// Read from folded `from`, right after the verb, to the sentence end `e`.
fn by_after_venue(doc: &Doc<'_>, from: usize, e: usize) -> Option<usize> {
    let rest = doc.slice(from, e);
    let mut end = from;
    let place_start = rest
        .strip_prefix([' ', '\n'])
        .and_then(|word| Some(from + 1 + word.find([' ', '\n'])? + 1))
        .filter(|&at| after_venue_word(doc, at));
    if let Some(place_start) = place_start {
        // The city, perhaps with its country after a comma.
        let mut place_end = place_start;
        for (i, h) in doc.hits_in(place_start, e).iter().take(2).enumerate() {
            let gap = doc.slice(place_end, h.start);
            let fits = if i == 0 {
                gap.is_empty()
            } else {
                matches!(gap, ", " | ",\n")
            };
            if !fits || !h.may_name(class::CITY | class::COUNTRY) {
                break;
            }
            place_end = h.end;
        }
        if place_end > place_start {
            end = place_end;
        }
    }
    // "organised online on 15 June 2020 by ICMPD": where, without a place.
    if end == from
        && let Some(w) = [" online", " virtually"].iter().find(|w| {
            starts_with_spaced(rest, w)
                && !rest
                    .as_bytes()
                    .get(w.len())
                    .is_some_and(u8::is_ascii_alphanumeric)
        })
    {
        end = from + w.len();
    }
    // "organised in Accra on 5 July 2019 by IOM": the day may come between too.
    const DAY_REACH: usize = 40;
    let day_from = doc
        .slice(end, e)
        .strip_prefix(", on ")
        .or_else(|| doc.slice(end, e).strip_prefix(" on "))
        .map(|rest| e - rest.len());
    if let Some(day_from) = day_from
        && let Some(day) = super::first_date(doc, day_from, e.min(day_from + DAY_REACH), false)
        && day.start == day_from
    {
        end = day.end;
    }
    // Right after the verb, "by" is the cue's own.
    if end == from {
        return None;
    }
    let after = doc.slice(end, e).trim_start_matches(',');
    [" by ", " par "]
        .iter()
        .find(|by| starts_with_spaced(after, by))
        .map(|by| e - after.len() + by.len())
}

/// The venue country the text states right after the city: "in Madrid, Spain".
fn stated_country(doc: &Doc<'_>, hits: &[Hit], city: &str) -> Option<Country> {
    let text = doc.text();
    hits.iter().find_map(|&h| {
        let before = text.get(..h.start)?.strip_suffix(", ")?;
        let city_start = before.len().checked_sub(city.len())?;
        let named = before.get(city_start..)?.eq_ignore_ascii_case(city);
        // The venue, not one of a list of parties ("organised by Luxembourg, Latvia and
        // Libya"): the city comes after "in" or "at", or opens a sentence or a line.
        let opens = before
            .get(..city_start)?
            .trim_end_matches(' ')
            .ends_with(['.', '\n'])
            || city_start == 0;
        if !named || !(opens || after_venue_word(doc, city_start)) {
            return None;
        }
        doc.names(h).find_map(|n| match n {
            Name::Country(c) => Some(*c),
            _ => None,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn the_committee_is_found_from_inside_a_character() {
        let text = "é — the Steering Committee of the Rabat Process";
        assert_eq!(
            committee_before(text, 1, text.len()),
            Some(text.find("Steering").unwrap())
        );
    }

    #[test]
    fn words_before_a_blank_line_are_not_near() {
        let text = "Past events\n \nThematic meeting";
        let at = text.find("Thematic").unwrap();
        assert!(!near_before(text, at, &["past"], 2));
        assert!(near_before("Past events\nThematic", 12, &["past"], 2));
        assert!(near_before("Past events\n,\nThematic", 14, &["past"], 2));
        // Words are trimmed of punctuation and counted without the separators.
        assert!(near_before(
            "the (follow-up), \"meeting",
            18,
            &["follow-up"],
            1
        ));
        assert!(near_before("a b c", 5, &["a"], 3));
        // Not over a sentence's end.
        assert!(!near_before(
            "host the next one. The meeting",
            23,
            &["next"],
            3
        ));
        assert!(near_before("the next (i.e. SOM) meeting", 20, &["next"], 3));
        // Not over a list item's bullet: above it is another item or the list's heading.
        assert!(!near_before(
            "Past events\n- Ministerial Conference",
            14,
            &["past"],
            3
        ));
        assert!(near_before(
            "the past - Ministerial Conference",
            11,
            &["past"],
            3
        ));
        // Nor over a colon that ends the line above a list; on the same line, the words
        // before it still qualify what follows ("Next meeting: SOM").
        let text = "held the following meetings:\nThe Steering Committee";
        assert!(!near_before(
            text,
            text.find("The").unwrap(),
            &["following"],
            3
        ));
        assert!(near_before("Next meeting: SOM", 14, &["next"], 3));
        let text = "held the following meetings: The Steering Committee";
        assert!(!near_before(
            text,
            text.find("The").unwrap(),
            &["following"],
            3
        ));
        assert!(!near_before("a b c", 5, &["a"], 2));
        assert!(!near_before("", 0, &["a"], 2));
        let far = format!("next{} meeting", " x".repeat(70));
        assert!(!near_before(&far, far.len() - 8, &["next"], 100));
    }

    #[test]
    fn only_a_number_on_the_same_line_counts_a_kind() {
        let at = |text: &str| {
            let kind = text.find("senior").or_else(|| text.find("Workshop"));
            after_number(text, kind.unwrap())
        };
        assert!(at("with 150 senior officials"));
        assert!(at("two hundred senior officials"));
        // A header's year ends the line above a body that opens with the kind.
        assert!(!at("Abuja, 6-7 December 2016\nWorkshop on return"));
        assert!(!at("Abuja, 6-7 December 2016 \r\n Workshop on return"));
    }

    fn prose<'a>(text: &'a str, date: Option<&str>) -> (Doc<'a>, Prose) {
        let doc = Doc::new(text);
        let region = Region {
            start: 0,
            end: doc.text().len(),
            body: 0,
            clauses_end: 0,
            city: Some("Madrid"),
            date: date.map(|d| d.parse().unwrap()),
            dateline_end: 0,
            section_year: None,
        };
        let p = read(&doc, &region, &mut Scratch::default());
        (doc, p)
    }

    fn roles(p: &Prose) -> Vec<String> {
        let set: BTreeSet<String> = p.roles.iter().map(|(r, x)| format!("{r}: {x}")).collect();
        set.into_iter().collect()
    }

    #[test]
    fn reads_roles_figures_title_and_country() {
        let text = "The Rabat Process organised a Technical Meeting on “Cooperation in the Field of Border Management” in Madrid, Spain between 1st and 2nd July 2019. The meeting, held under the co-chairmanship of the Kingdom of Spain and the Kingdom of Morocco, gathered 80 participants representing 33 partner countries of the Dialogue, the EU Delegation and ICMPD experts. For the first time Lebanon – a country that is not partner of the Dialogue – was invited to join.";
        let (doc, p) = prose(text, Some("1-2 July 2019"));
        assert_eq!(p.kind, Some(MeetingKind::TechnicalMeeting));
        let (s, e) = p.title.unwrap();
        assert_eq!(
            doc.original(s, e),
            "Cooperation in the Field of Border Management"
        );
        assert_eq!(
            roles(&p),
            [
                "co_chair: Morocco",
                "co_chair: Spain",
                "guest: Lebanon",
                "participant: EU",
                "participant: ICMPD"
            ]
        );
        let fig = p.participants.unwrap();
        assert_eq!((fig.people, fig.countries), (Some(80), Some(33)));
        assert_eq!(p.country.map(|c| c.alpha2()), Some("ES"));
        assert_eq!(p.themes, [Theme::BorderManagement].into());
    }

    #[test]
    fn those_whose_representatives_hold_a_role_hold_it() {
        for (text, held) in [
            (
                "It was co-chaired by representatives of the Gambia and Sweden.",
                &["co_chair: Gambia", "co_chair: Sweden"][..],
            ),
            (
                "It was hosted by the delegation of Ghana, and attended by representatives of Mali.",
                &["host: Ghana", "participant: Mali"],
            ),
        ] {
            let (_, p) = prose(text, Some("8 November 2017"));
            assert_eq!(roles(&p), held, "{text}");
        }
    }

    #[test]
    fn an_office_set_off_after_its_holders_gives_them_its_role() {
        for (text, held) in [
            (
                "Spain and Senegal, the two co-chairs, opened the meeting.",
                &["co_chair: Senegal", "co_chair: Spain"][..],
            ),
            (
                "Spain, the host country, opened the meeting.",
                &["host: Spain"],
            ),
            ("Spain, host of the meeting, opened it.", &["host: Spain"]),
            (
                "Senegal opened the meeting together with Spain, its co-chair.",
                &["co_chair: Spain"],
            ),
            // (Their taking part, read too, is dropped by the meeting for what says more.)
            (
                "Switzerland and Norway, both observers to the Rabat Process, attended.",
                &[
                    "observer: Norway",
                    "observer: Switzerland",
                    "participant: Norway",
                    "participant: Switzerland",
                ],
            ),
            // Who gave the means is no party.
            (
                "With the financial support of the European Union, ICMPD organised it.",
                &["organiser: ICMPD"],
            ),
            (
                "With funding from the EU, IOM and ICMPD organised it.",
                &["organiser: ICMPD", "organiser: IOM"],
            ),
            // Thanked for what they did.
            (
                "Participants thanked the Government of Senegal for hosting the meeting and \
                 Spain for co-chairing it, and ICMPD for organising it.",
                &["co_chair: Spain", "host: Senegal", "organiser: ICMPD"],
            ),
            ("Mali was thanked for hosting the previous meeting.", &[]),
            (
                "Speaking for the partners, Belgium thanked Senegal for its hospitality.",
                &["host: Senegal"],
            ),
            // Set off in a clause that says what they did.
            (
                "Mali and Portugal, who co-chaired the meeting, presented the conclusions.",
                &["co_chair: Mali", "co_chair: Portugal"],
            ),
            (
                "Ghana, which hosted the meeting, opened it.",
                &["host: Ghana"],
            ),
            // Before its holder, as ever.
            (
                "The host country, Senegal, opened the meeting.",
                &["host: Senegal"],
            ),
            ("Ghana welcomed the co-chairs and the delegations.", &[]),
            // Who welcomed the meeting hosted it; not another meeting.
            (
                "Ghana welcomed the thematic meeting on return.",
                &["host: Ghana"],
            ),
            (
                "The Gambia welcomed the Rabat Process workshop.",
                &["host: Gambia"],
            ),
            (
                "The workshop took place. Mali welcomed the next workshop.",
                &[],
            ),
            ("Niamey (Niger) welcomed the thematic meeting.", &[]),
            // Or welcomed those who came to it.
            (
                "Portugal welcomed delegates to a thematic meeting on labour migration.",
                &["host: Portugal"],
            ),
            (
                "Mali welcomed some 60 participants to the expert meeting.",
                &["host: Mali"],
            ),
            ("Mali welcomed participants to Bamako.", &[]),
            (
                "Mali welcomed the participants to the next expert meeting.",
                &[],
            ),
        ] {
            let (_, p) = prose(text, Some("8 November 2017"));
            assert_eq!(roles(&p), held, "{text}");
        }
    }

    #[test]
    fn those_who_met_took_part() {
        for text in [
            "Belgium, Mali, Spain and ECOWAS met to take stock.",
            "Members of the Steering Committee (Belgium, Mali, Spain and ECOWAS) met in Brussels.",
        ] {
            let (_, p) = prose(text, Some("8 November 2017"));
            assert_eq!(
                roles(&p),
                [
                    "participant: Belgium",
                    "participant: ECOWAS",
                    "participant: Mali",
                    "participant: Spain"
                ],
                "{text}"
            );
        }
        let (_, p) = prose(
            "The co-chairs, Morocco and Spain, met on the eve of the meeting.",
            Some("8 November 2017"),
        );
        assert!(roles(&p).is_empty());
    }

    #[test]
    fn offices_of_the_dialogue_or_of_other_bodies_are_no_chairs_of_the_meeting() {
        for text in [
            "Niger chaired the Rabat Process before Mali.",
            "Morocco took the chairmanship of the Rabat Process in 2024.",
            "Mali held the presidency of the Dialogue.",
            "Senegal held the chair of the working group on return.",
            "Le Niger a présidé le Processus de Rabat.",
        ] {
            let (_, p) = prose(text, None);
            assert!(roles(&p).is_empty(), "{text}: {:?}", roles(&p));
        }
    }

    #[test]
    fn offices_held_and_capacities_away_from_their_holder() {
        let cases = [
            (
                "The chairmanship of the meeting was held by Senegal.",
                "chair: Senegal",
            ),
            ("Senegal held the chair of the meeting.", "chair: Senegal"),
            (
                "Mali assumed the chairmanship of the meeting.",
                "chair: Mali",
            ),
            (
                "Spain took the chair of the Senior Officials' Meeting.",
                "chair: Spain",
            ),
            ("France took the chair of the workshop.", "chair: France"),
            (
                "The presidency of the meeting was ensured by Niger.",
                "chair: Niger",
            ),
            ("The chairmanship was ensured by Niger.", "chair: Niger"),
            (
                "The meeting was chaired by Mrs. Jane Doe (Cameroon).",
                "chair: Cameroon",
            ),
            (
                "It was chaired by Mr. Lamin Jallow (the Gambia).",
                "chair: Gambia",
            ),
            (
                "Morocco welcomed the participants as host country.",
                "host: Morocco",
            ),
        ];
        for (text, want) in cases {
            let (_, p) = prose(text, None);
            assert_eq!(roles(&p), [want], "{text}");
        }
        let text = "The co-chairmanship was ensured by Mali and Portugal.";
        let (_, p) = prose(text, None);
        assert_eq!(roles(&p), ["co_chair: Mali", "co_chair: Portugal"]);
        // Partners named over a wrapped line.
        let text = "IOM, in\npartnership with the Government of Senegal, organized a workshop.";
        let (_, p) = prose(text, None);
        assert_eq!(roles(&p), ["organiser: IOM", "organiser: Senegal"]);
        // An apposition, then the list going on over a wrapped line.
        let text =
            "It was co-chaired by Italy, as current Chair of the Rabat Process, and\nSenegal.";
        let (_, p) = prose(text, None);
        assert_eq!(roles(&p), ["co_chair: Italy", "co_chair: Senegal"]);
        // Who represented a party, with an office and titles.
        let text = "It was co-chaired by the Kingdom of Morocco, represented by Mr. Khalid \
                    Zerouali, Director of Migration, and the Kingdom of Spain, represented by \
                    H.E. Ms. Ana Pérez.";
        let (_, p) = prose(text, None);
        assert_eq!(roles(&p), ["co_chair: Morocco", "co_chair: Spain"]);
        // Not over a sentence's end.
        let text = "It was co-chaired by Morocco, represented by its Director. Italy, Spain, and \
                    Mali attended.";
        let (_, p) = prose(text, None);
        assert!(
            !roles(&p).contains(&"co_chair: Italy".to_owned()),
            "{:?}",
            roles(&p)
        );
        let text = "It was co-chaired by Mrs. Jane Doe (Cameroon) and Mr. John Smith (France).";
        let (_, p) = prose(text, None);
        assert_eq!(roles(&p), ["co_chair: Cameroon", "co_chair: France"]);
        // So named before the cue; and named by their offices.
        let text = "Mrs. Jane Doe (Cameroon) and Mr. John Smith (France) co-chaired it.";
        let (_, p) = prose(text, None);
        assert_eq!(roles(&p), ["co_chair: Cameroon", "co_chair: France"]);
        let text = "It was co-chaired by Ms. Fatou Diop, Director of Migration of Senegal, and \
                    Mr. Jean Dupont, Head of Unit at the French Ministry of Interior.";
        let (_, p) = prose(text, None);
        assert_eq!(roles(&p), ["co_chair: France", "co_chair: Senegal"]);
        // The capacity is the subject's only where a party opens the sentence.
        let (_, p) = prose(
            "The minister welcomed Mali's delegates as host country.",
            None,
        );
        assert!(p.roles.is_empty(), "{:?}", roles(&p));
    }

    #[test]
    fn holders_may_follow_the_venue() {
        let cases = [
            (
                "A training was organised in Abidjan by Côte d'Ivoire.",
                vec!["organiser: Côte d'Ivoire"],
            ),
            (
                "A training was organised in Abidjan on 5 July 2019 by Côte d'Ivoire.",
                vec!["organiser: Côte d'Ivoire"],
            ),
            (
                "A workshop was hosted in Accra, Ghana, by Ghana and IOM.",
                vec!["host: Ghana", "host: IOM"],
            ),
            (
                "Une formation a été organisée à Abidjan par la Côte d'Ivoire.",
                vec!["organiser: Côte d'Ivoire"],
            ),
            (
                "A training was organised in Abidjan\nby Côte d'Ivoire.",
                vec!["organiser: Côte d'Ivoire"],
            ),
            // The day, or how it was held, without a place.
            (
                "A workshop on return was organised on 15 June 2020 by ICMPD.",
                vec!["organiser: ICMPD"],
            ),
            (
                "A workshop on return was organised online on 15 June 2020 by ICMPD.",
                vec!["organiser: ICMPD"],
            ),
            (
                "On 3 May 2019, a workshop on return was organised online by ICMPD.",
                vec!["organiser: ICMPD"],
            ),
            // A venue after the verb and no "by": no holder.
            (
                "A workshop was organised in Abidjan by the end of May.",
                vec![],
            ),
            (
                "A workshop was organised on 15 June 2020, by all accounts a success.",
                vec![],
            ),
        ];
        for (text, want) in cases {
            let (_, p) = prose(text, None);
            assert_eq!(roles(&p), want, "{text}");
        }
    }

    #[test]
    fn a_lead_in_clause_tells_of_another_event_and_the_rest_of_this_one() {
        for story in [
            "Following the thematic meeting held in Paris in October 2018, a technical meeting \
             took place in Rome on 3-4 April 2019, hosted by Italy.",
            "Building on the conclusions of the Paris thematic meeting of October 2018, this \
             technical meeting in Rome on 3-4 April 2019 was hosted by Italy.",
            "As a follow-up to the SOM hosted by Spain in October 2018, the Rabat Process held \
             a technical meeting in Rome on 3-4 April 2019, hosted by Italy.",
            "Following the SOM in October 2018, Italy hosted a technical meeting in Rome on 3-4 \
             April 2019.",
        ] {
            let meetings = crate::parse_page(story).meetings;
            let [m] = &meetings[..] else {
                panic!("{story}: {meetings:?}")
            };
            assert_eq!(m.kind, MeetingKind::TechnicalMeeting, "{story}");
            assert_eq!(m.city.as_deref(), Some("Rome"), "{story}");
            let start = m.date.map(|d| d.start().to_string());
            assert_eq!(start.as_deref(), Some("2019-04-03"), "{story}");
            let roles: Vec<String> = m
                .roles
                .iter()
                .map(|r| format!("{}: {}", r.role, r.party))
                .collect();
            assert_eq!(roles, ["host: Italy"], "{story}");
        }
        // A clause on an event held beside this one.
        for lead in [
            "Organised back-to-back with the Khartoum Process meeting co-chaired by Ethiopia and \
             the United Kingdom,",
            "Held in conjunction with the SOM hosted by Ethiopia and the United Kingdom,",
        ] {
            let page = format!(
                "Accra, 6 June 2019, hosted by Ghana.\n{lead} the workshop addressed smuggling. \
                 Nigeria and Niger co-chaired the workshop."
            );
            let meetings = crate::parse_page(&page).meetings;
            let roles: Vec<String> = meetings[0]
                .roles
                .iter()
                .map(|r| format!("{}: {}", r.role, r.party))
                .collect();
            assert_eq!(
                roles,
                ["host: Ghana", "co_chair: Niger", "co_chair: Nigeria"],
                "{lead}"
            );
            assert_eq!(meetings[0].kind, MeetingKind::Workshop, "{lead}");
        }
        // A clause that names no event leads into nothing: its day is the meeting's.
        let story = "After the opening on 3 April 2019, the thematic meeting held in Rome \
                     discussed return.";
        let meetings = crate::parse_page(story).meetings;
        let start = meetings
            .first()
            .and_then(|m| m.date)
            .map(|d| d.start().to_string());
        assert_eq!(start.as_deref(), Some("2019-04-03"));
        // On a page of stories, each opens on its own meeting after the lead-in.
        let page = "Following the SOM of October 2018, a workshop was held in Dakar on 12 June \
                    2019.\n\nFollowing the Dakar workshop, a training took place in Accra on 5 \
                    July 2019.";
        assert_eq!(crate::parse_page(page).meetings.len(), 2);
    }

    #[test]
    fn a_page_that_dates_only_the_next_meeting_announces_it() {
        let text = "The Rabat Process will hold its next Senior Officials' Meeting on 14 and 15 November 2024 in Abuja, Nigeria.";
        let (_, p) = prose(text, None);
        let (_, date) = p.date.unwrap();
        assert_eq!(date.to_string(), "14-15 November 2024");
        assert_eq!(p.kind, Some(MeetingKind::SeniorOfficialsMeeting));
        // With a date of its own, the next meeting is another.
        let text = "The workshop took place on 3 May 2019. The next Senior Officials' Meeting will be held on 5 June 2020.";
        let (_, p) = prose(text, None);
        let (_, date) = p.date.unwrap();
        assert_eq!(date.to_string(), "3 May 2019");
        assert_eq!(p.kind, Some(MeetingKind::Workshop));
    }

    #[test]
    fn a_sentence_dated_to_its_month_gives_its_days_further_on() {
        for (text, want) in [
            (
                "In June 2022, a workshop was held in Abuja, Nigeria, on 14-15 June.",
                "14-15 June 2022",
            ),
            (
                "In 2019, the thematic meeting took place in Dakar on 12 and 13 March.",
                "12-13 March 2019",
            ),
            // Days outside the month are another event's.
            (
                "In June 2022, a workshop was held in Abuja, a year after 3 May 2021.",
                "June 2022",
            ),
        ] {
            let (_, p) = prose(text, None);
            let (_, date) = p.date.unwrap();
            assert_eq!(date.to_string(), want, "{text}");
        }
    }

    #[test]
    fn figures_in_words() {
        for (text, people, countries) in [
            // Thousands grouped with a comma, a dot or a space.
            (
                "The conference gathered 1,200 participants.",
                Some(1200),
                None,
            ),
            (
                "Over 1 000 participants from 60 countries attended.",
                Some(1000),
                Some(60),
            ),
            ("Some 2.500 participants attended.", Some(2500), None),
            ("On 12 March, 200 participants attended.", Some(200), None),
            ("Over a thousand participants attended.", Some(1000), None),
            (
                "Around one hundred participants from thirty partner countries took part.",
                Some(100),
                Some(30),
            ),
            (
                "Senior officials of 50 partner countries met in Rabat.",
                None,
                Some(50),
            ),
            (
                "Twenty-five partner countries were represented by 70 participants.",
                Some(70),
                Some(25),
            ),
            ("Some two hundred delegates attended.", Some(200), None),
            ("A dozen countries were represented.", None, Some(12)),
            ("Two dozen experts attended.", Some(24), None),
            ("The meeting gathered 80+ participants.", Some(80), None),
            (
                "The meeting saw the participation of 28 countries.",
                None,
                Some(28),
            ),
            ("It saw 28 countries take part.", None, Some(28)),
            ("The strategy covers 28 countries.", None, None),
            // French: the verbs of attendance, and the article elided before the noun.
            (
                "Cet atelier a rassemblé une cinquantaine d'experts venus de 15 pays.",
                Some(50),
                Some(15),
            ),
            (
                "L'atelier a réuni 50 experts de 15 pays.",
                Some(50),
                Some(15),
            ),
            // Observer countries are among the countries stated.
            (
                "Some 120 participants from 20 partner countries and 4 observer countries attended.",
                Some(120),
                Some(24),
            ),
            (
                "Experts from 20 countries and 4 observers attended.",
                None,
                Some(20),
            ),
            ("It gathered two hundred senior officials.", Some(200), None),
            (
                "La réunion a réuni 30 agents venus d'une vingtaine de pays.",
                Some(30),
                Some(20),
            ),
            (
                "It brought together one hundred and twenty participants.",
                Some(120),
                None,
            ),
            ("Two hundred fifty delegates attended.", Some(250), None),
            (
                "The workshop brought together 35 coast guard officers.",
                Some(35),
                None,
            ),
        ] {
            let p = prose(text, None).1.participants.unwrap_or_default();
            assert_eq!((p.people, p.countries), (people, countries), "{text}");
        }
        // Officials counted in words are no Senior Officials' Meeting.
        let (_, p) = prose("It gathered two hundred senior officials.", None);
        assert_eq!(p.kind, None);
        // Not about attendance, or counting something else.
        for text in [
            "The two days were devoted to returns.",
            "One observer country attended.",
        ] {
            assert_eq!(prose(text, None).1.participants, None, "{text}");
        }
    }

    #[test]
    fn kinds_in_their_written_forms() {
        for (text, kind) in [
            (
                "The TM on legal migration gathered experts.",
                MeetingKind::ThematicMeeting,
            ),
            (
                "The expert level meeting discussed smuggling.",
                MeetingKind::ExpertMeeting,
            ),
            (
                "The Senior Officials Meeting adopted conclusions.",
                MeetingKind::SeniorOfficialsMeeting,
            ),
            (
                "The capacity-building training targeted officials.",
                MeetingKind::Training,
            ),
        ] {
            assert_eq!(prose(text, None).1.kind, Some(kind), "{text}");
        }
        // An acronym only in capitals: "tm" is no thematic meeting.
        assert_eq!(prose("The tm was held.", None).1.kind, None);
        // The Steering Committee by its initials, where it met; not where it is named.
        let (_, p) = prose("The SC met to review the work programme.", None);
        assert_eq!(p.kind, Some(MeetingKind::SteeringCommittee));
        for text in ["The sc met in Rome.", "The SC members endorsed the plan."] {
            assert_eq!(prose(text, None).1.kind, None, "{text}");
        }
        // French names, but not French words that are English too.
        let (_, p) = prose("La réunion thématique a rassemblé 80 participants.", None);
        assert_eq!(p.kind, Some(MeetingKind::ThematicMeeting));
        let (_, p) = prose("The formation of a working group was agreed.", None);
        assert_eq!(p.kind, None);
        // "The meeting" takes the kind a later sentence opens with, not one named
        // mid-sentence.
        for (text, kind) in [
            (
                "The meeting gathered 40 experts. This technical workshop focused on return.",
                MeetingKind::Workshop,
            ),
            (
                "The meeting gathered 40 experts.\nThe training covered return.",
                MeetingKind::Training,
            ),
            (
                "The meeting was held back-to-back with the Senior Officials' Meeting.",
                MeetingKind::Meeting,
            ),
            (
                "The workshop gathered 40 experts. The expert meeting followed.",
                MeetingKind::Workshop,
            ),
            // A year names the meeting; a number counts its people.
            (
                "The 2022 SOM reviewed the plan. A side event took place on 9 May.",
                MeetingKind::SeniorOfficialsMeeting,
            ),
            // The subject after a clause set off by a comma, but not an item of a list.
            (
                "The meeting was opened. Organised with EU support, the technical meeting \
                 focused on return.",
                MeetingKind::TechnicalMeeting,
            ),
            (
                "The meeting recalled earlier work: a seminar, the technical meeting in Accra \
                 and others.",
                MeetingKind::Meeting,
            ),
        ] {
            assert_eq!(prose(text, None).1.kind, Some(kind), "{text}");
        }
    }

    #[test]
    fn the_word_before_the_kind_may_state_the_mode() {
        let (_, p) = prose("The Rabat Process held a virtual thematic meeting.", None);
        assert_eq!(p.mode, Some(Mode::Virtual));
        let (_, p) = prose("The online workshop gathered experts.", None);
        assert_eq!(p.mode, Some(Mode::Virtual));
        let (_, p) = prose("Un atelier virtuel a réuni des experts.", None);
        assert_eq!(p.mode, Some(Mode::Virtual));
        let (_, p) = prose(
            "Une réunion virtuelle d'experts a porté sur le retour.",
            None,
        );
        assert_eq!(
            (p.kind, p.mode),
            (Some(MeetingKind::ExpertMeeting), Some(Mode::Virtual))
        );
        let (_, p) = prose("The thematic meeting gathered experts.", None);
        assert_eq!(p.mode, None);
        // Or of a later mention of the same meeting, under a title that names it first.
        let (_, p) = prose(
            "Workshop on diaspora engagement. A virtual workshop on diaspora engagement took \
             place.",
            None,
        );
        assert_eq!(p.mode, Some(Mode::Virtual));
        // Not of another event of its kind.
        let (_, p) = prose(
            "Workshop on diaspora engagement. It followed the previous online workshop.",
            None,
        );
        assert_eq!(p.mode, None);
    }

    #[test]
    fn modes_stated_in_prose() {
        for (text, mode) in [
            ("The meeting was held online.", Some(Mode::Virtual)),
            ("The meeting was held remotely.", Some(Mode::Virtual)),
            ("The remote meeting gathered experts.", Some(Mode::Virtual)),
            (
                "Due to the pandemic, it was held remotely.",
                Some(Mode::Virtual),
            ),
            ("The meeting took place via Zoom.", Some(Mode::Virtual)),
            (
                "It organised an online seminar on return.",
                Some(Mode::Virtual),
            ),
            (
                "A virtual conference gathered experts.",
                Some(Mode::Virtual),
            ),
            ("La réunion s'est tenue en ligne.", Some(Mode::Virtual)),
            (
                "The workshop was held in person and online.",
                Some(Mode::Hybrid),
            ),
            (
                "It met in Dakar, some participants connecting remotely.",
                Some(Mode::Hybrid),
            ),
            (
                "Participants could join in person or remotely.",
                Some(Mode::Hybrid),
            ),
            (
                "La réunion s'est tenue en présentiel et en ligne.",
                Some(Mode::Hybrid),
            ),
            // Attending in person besides a way of attending from afar.
            (
                "Participants could attend in person in Brussels or remotely via Zoom.",
                Some(Mode::Hybrid),
            ),
            (
                "The workshop on trafficking in persons was held virtually.",
                Some(Mode::Virtual),
            ),
            ("The meeting was held in Dakar.", None),
            ("The online session gathered experts.", Some(Mode::Virtual)),
            ("It was held on Microsoft Teams.", Some(Mode::Virtual)),
            (
                "It was held on the Microsoft Teams platform.",
                Some(Mode::Virtual),
            ),
            // Online beside a place; not beside other things.
            ("It was held in Dakar and online.", Some(Mode::Hybrid)),
            ("The report is available in print and online.", None),
            ("Experts took part online and on site.", Some(Mode::Hybrid)),
            // Some took part from afar.
            (
                "It was held in Dakar, with online participation for some delegations.",
                Some(Mode::Hybrid),
            ),
            // How other meetings were held.
            (
                "Unlike previous editions held online, the meeting took place in Dakar.",
                None,
            ),
        ] {
            assert_eq!(prose(text, None).1.mode, mode, "{text}");
        }
        // A phrase that states the mode still says the meeting was held, and so dates it.
        let page = "The thematic meeting was held online on 12 March 2021.";
        let meeting = &crate::parse_page(page).meetings[0];
        assert_eq!(meeting.mode, Some(Mode::Virtual));
        assert_eq!(
            meeting.date.map(|d| d.to_string()).as_deref(),
            Some("12 March 2021")
        );
    }

    #[test]
    fn partners_named_after_what_was_organised_organised_it() {
        for (text, want) in [
            (
                "The Rabat Process organised a training in Niamey, in cooperation with Frontex and Interpol.",
                &["organiser: Frontex", "organiser: Interpol"][..],
            ),
            (
                "IOM organised a workshop on cooperation with countries of origin.",
                &["organiser: IOM"],
            ),
            // Close partners; a process among them holds no role.
            (
                "It was organised in close cooperation with the Khartoum Process and UNODC.",
                &["organiser: UNODC"],
            ),
            (
                "It was co-organised by UNICEF and Save the Children.",
                &["organiser: Save the Children", "organiser: UNICEF"],
            ),
            // A host's partners organised it with the host, which alone hosted it.
            (
                "The meeting was hosted by Morocco in cooperation with ICMPD.",
                &["host: Morocco", "organiser: ICMPD"],
            ),
            (
                "La réunion a été accueillie par le Maroc en coopération avec l'OIM.",
                &["host: Morocco", "organiser: IOM"],
            ),
            // A single capitalised word the lexicon does not know names no organiser.
            ("It was organised by the Chair.", &[]),
            (
                "It was organised by Mali in partnership with the Sahel Institute.",
                &["organiser: Mali", "organiser: Sahel Institute"],
            ),
            // In French, the partners after "en partenariat avec".
            (
                "L'atelier, organisé par l'ICMPD en partenariat avec l'OIM, a réuni 30 agents.",
                &["organiser: ICMPD", "organiser: IOM"],
            ),
            (
                "L'atelier, organisé conjointement par le Niger et l'ONUDC, a réuni 30 agents.",
                &["organiser: Niger", "organiser: UNODC"],
            ),
            (
                "Hosted by Morocco and co-organised with Spain, it adopted a plan.",
                &["host: Morocco", "organiser: Spain"],
            ),
        ] {
            assert_eq!(roles(&prose(text, None).1), want, "{text}");
        }
    }

    #[test]
    fn parties_before_chaired_chair() {
        let (_, p) = prose("Spain and Morocco co-chaired the meeting.", None);
        assert_eq!(roles(&p), ["co_chair: Morocco", "co_chair: Spain"]);
        let (_, p) = prose("Senegal chaired the meeting.", None);
        assert_eq!(roles(&p), ["chair: Senegal"]);
        for text in [
            "Mali presided over the meeting.",
            "The meeting was presided over by Mali.",
        ] {
            assert_eq!(roles(&prose(text, None).1), ["chair: Mali"], "{text}");
        }
        for text in [
            "Senegal and Spain co-presided the conference.",
            "Spain co-presided over the conference with Senegal.",
            "The conference, co-presided over by Spain and Senegal, adopted a plan.",
            "It was jointly presided over by Spain and Senegal.",
            "Senegal and Spain shared the chairmanship of the meeting.",
        ] {
            assert_eq!(
                roles(&prose(text, None).1),
                ["co_chair: Senegal", "co_chair: Spain"],
                "{text}"
            );
        }
        let text = "Nigeria co-chaired the meeting together with Germany.";
        assert_eq!(
            roles(&prose(text, None).1),
            ["co_chair: Germany", "co_chair: Nigeria"]
        );
        // The co-chairs named right after them, not those they spoke of.
        let text = "The co-chairs thanked Mali. The co-chairs, Morocco and France, spoke.";
        assert_eq!(
            roles(&prose(text, None).1),
            ["co_chair: France", "co_chair: Morocco"]
        );
        let (_, p) = prose("The meeting was chaired by Senegal.", None);
        assert_eq!(roles(&p), ["chair: Senegal"]);
        // Who chaired a part of the meeting took part in it.
        for text in [
            "Senegal chaired the opening session.",
            "The closing session was chaired by Senegal.",
            "The panel on return was chaired by Senegal.",
            "Le Sénégal a présidé la séance d'ouverture.",
        ] {
            assert_eq!(
                roles(&prose(text, None).1),
                ["participant: Senegal"],
                "{text}"
            );
        }
        let (_, p) = prose("The two-day session was chaired by Senegal.", None);
        assert_eq!(roles(&p), ["chair: Senegal"]);
        // Under an office named by the holders' people.
        for (text, expected) in [
            (
                "Under the Moroccan chairmanship, the partners adopted a declaration.",
                &["chair: Morocco"][..],
            ),
            (
                "It took place under the Spanish and Senegalese co-chairmanship.",
                &["co_chair: Senegal", "co_chair: Spain"],
            ),
            (
                "Under the Moroccan presidency, experts met.",
                &["chair: Morocco"],
            ),
            // In French, the holders' people after the office.
            (
                "La réunion s'est tenue sous la présidence marocaine.",
                &["chair: Morocco"],
            ),
            (
                "Sous présidence italienne, les experts se sont réunis.",
                &["chair: Italy"],
            ),
            (
                "Elle s'est tenue sous la co-présidence belge et ivoirienne.",
                &["co_chair: Belgium", "co_chair: Côte d'Ivoire"],
            ),
            (
                "Elle s'est tenue sous la présidence tournante de l'année.",
                &[],
            ),
            // Another body's office, not the meeting's.
            (
                "It was held under the Italian Presidency of the Council of the EU.",
                &[],
            ),
            // The dialogue's chair named without "under" chaired no meeting here.
            (
                "The Moroccan Chairmanship organised the meeting.",
                &["organiser: Morocco"],
            ),
            // The office named after the parties or before them, or what they served as.
            (
                "Morocco and Spain, the co-chairs of the meeting, opened it.",
                &["co_chair: Morocco", "co_chair: Spain"],
            ),
            (
                "The chair of the meeting, Mali, opened it.",
                &["chair: Mali"],
            ),
            ("The chair of the meeting thanked Mali.", &[]),
            (
                "The chair of the meeting, with Spain as co-chair, opened it.",
                &["co_chair: Spain"],
            ),
            // The holder set off by commas after "the chair".
            (
                "The chair, Cameroon, opened the meeting.",
                &["chair: Cameroon"],
            ),
            ("Morocco took over the chair, which Mali had held.", &[]),
            ("Mali handed over the chair to Morocco.", &[]),
            ("Morocco acted as co-chair.", &["co_chair: Morocco"]),
            // The co-chairs named by their people.
            (
                "The Ivorian and French co-chairs opened the meeting.",
                &["co_chair: Côte d'Ivoire", "co_chair: France"],
            ),
            ("The conclusions of the co-chairs were adopted.", &[]),
            // A person named by title, then the office held in the party.
            (
                "The meeting was chaired by Ms. Ana Silva, Director at the Portuguese Ministry of Foreign Affairs.",
                &["chair: Portugal"],
            ),
            // Those present who are the subject of another role hold that one only.
            (
                "Representatives of the Moroccan and Spanish governments co-chaired the meeting.",
                &["co_chair: Morocco", "co_chair: Spain"],
            ),
            ("Senegal served as host.", &["host: Senegal"]),
            (
                "Cabo Verde hosted the meeting, co-chaired with Luxembourg.",
                &[
                    "co_chair: Cabo Verde",
                    "co_chair: Luxembourg",
                    "host: Cabo Verde",
                ],
            ),
            (
                "On 3 May 2019, a meeting was held, co-chaired with Germany.",
                &["co_chair: Germany"],
            ),
            // With no party opening the sentence, its host co-chairs.
            (
                "The SOM, hosted by Cameroon, was co-chaired with France.",
                &["co_chair: Cameroon", "co_chair: France", "host: Cameroon"],
            ),
            (
                "The Government of Ghana, in its capacity as host, welcomed 150 delegates.",
                &["host: Ghana"],
            ),
            (
                "Ghana and Spain, in their capacity as co-chairs, opened the meeting.",
                &["co_chair: Ghana", "co_chair: Spain"],
            ),
            ("Senegal was the host of the meeting.", &["host: Senegal"]),
            ("Senegal played host to the workshop.", &["host: Senegal"]),
            ("The host, Senegal, opened the meeting.", &["host: Senegal"]),
            (
                "Elle s'est tenue sous les auspices du Sénégal.",
                &["host: Senegal"],
            ),
            (
                "Senegal, which hosted the meeting, welcomed the delegates.",
                &["host: Senegal"],
            ),
            // ", with" opens a clause: its party has the role the clause gives.
            (
                "It was hosted by Mali, with Italy as co-chair.",
                &["co_chair: Italy", "host: Mali"],
            ),
            // Without a comma, in title case too.
            (
                "It was Hosted By Mali With Italy As Co-Chair.",
                &["co_chair: Italy", "host: Mali"],
            ),
        ] {
            assert_eq!(roles(&prose(text, None).1), expected, "{text}");
        }
        let text = "It was co-chaired by Spain and Morocco, as well as by the European Commission.";
        let (_, p) = prose(text, None);
        assert_eq!(
            roles(&p),
            [
                "co_chair: European Commission",
                "co_chair: Morocco",
                "co_chair: Spain"
            ]
        );
    }

    #[test]
    fn parties_that_attended_take_part() {
        for text in [
            "Mali and Niger attended.",
            "Mali and Niger also attended the meeting.",
            "The meeting, attended by Mali and Niger, discussed return.",
            "Mali and Niger were represented at ministerial level.",
            "Mali and Niger were also present.",
            // Those joined to the subject right after the cue.
            "Mali attended, as well as Niger.",
            "Mali attended, as did Niger.",
            "Delegations from 12 countries took part, together with Mali and Niger.",
            "Ministers from 15 countries took part, with Mali and Niger.",
            "Mali, as well as Niger, took part.",
            "Some 85 participants, representing 30 countries as well as Mali and Niger, met.",
            "The representative of Mali and a representative from Niger spoke.",
            "Senior officials of Mali and Niger discussed the work programme.",
            // An office of the country, named once.
            "The workshop gathered the Malian Immigration Service and Niger.",
            // Where they met is no party.
            "Representatives of Mali and Niger met in Rabat, Morocco.",
            // Those named after "including", a few lowercase words on.
            "Delegates of 45 countries took part in the meeting, including Mali and Niger.",
            "Delegates of 45 countries attended, including Mali and Niger.",
            "Participants from 45 countries attended, among them Mali and Niger.",
            // Those listed after a word that says they were there.
            "The committee met. Members present: Mali, Niger.",
            "Present were Mali and Niger.",
            "Countries represented: Mali and Niger.",
            "Le Mali et le Niger y ont participé.",
            "Le Mali et le Niger étaient représentés.",
            "Le Mali y a participé, ainsi que le Niger.",
            "Le Mali a participé, de même que le Niger.",
            "Étaient présents le Mali et le Niger.",
            // Those who spoke.
            "Speakers from Mali and Niger presented their strategies.",
            "Panellists from Mali and Niger shared their experience.",
            "Y ont participé le Mali et le Niger.",
            "Y ont également participé le Mali et le Niger.",
            // Those a country sends, named by its demonym.
            "Malian and Nigerien experts took part.",
            "Des experts maliens et nigériens ont participé.",
            // A delegation is sent to the meeting: it took part, whatever it did there.
            "The Malian and Nigerien delegations presented their strategies.",
            "The delegation of Mali and the delegation from Niger presented their plans.",
            "La délégation malienne a ouvert les débats avec les délégués nigériens.",
        ] {
            let (_, p) = prose(text, None);
            assert_eq!(
                roles(&p),
                ["participant: Mali", "participant: Niger"],
                "{text}"
            );
        }
        for text in [
            "Algeria attended as an observer.",
            "Algeria attended in an observer capacity.",
            "Algeria participated with observer status.",
            "L'Algérie y a participé en tant qu'observateur.",
            // An observer named by example is not among those present.
            "Delegates of 45 countries took part, including one observer country, Algeria.",
        ] {
            assert_eq!(roles(&prose(text, None).1), ["observer: Algeria"], "{text}");
        }
        // A delegation that holds a role is its holder, no participant besides.
        for (text, held) in [
            (
                "It was co-chaired by the Moroccan and Spanish delegations.",
                &["co_chair: Morocco", "co_chair: Spain"][..],
            ),
            (
                "It was chaired by the Moroccan delegation.",
                &["chair: Morocco"],
            ),
        ] {
            assert_eq!(roles(&prose(text, None).1), held, "{text}");
        }
        // The EU's delegation to a country is a body, which opening names no participant.
        let text = "The Delegation of the European Union to Senegal opened the meeting.";
        assert_eq!(roles(&prose(text, None).1), [""; 0], "{text}");
        // A delegation to another event took no part in this one.
        let text = "The Malian delegation had attended the previous workshop, in May 2018.";
        assert_eq!(
            roles(&prose(text, Some("5 June 2019")).1),
            [""; 0],
            "{text}"
        );
        // "including" after a capitalised word belongs to another clause.
        let text = "Delegates took part in the Khartoum Process, including Mali.";
        assert!(roles(&prose(text, None).1).is_empty(), "{text}");
        // Observers named by example, and not among those present.
        for text in [
            "Ministers of 30 countries and observers such as Algeria and IOM attended.",
            "It gathered partner countries and observers, namely Algeria and IOM.",
            "The SOM took stock of the work. Observers: Algeria, IOM.",
        ] {
            let page = format!("Tunis, 3 May 2019.\n{text}");
            let meeting = &crate::parse_page(&page).meetings[0];
            let found: Vec<String> = meeting.roles.iter().map(ToString::to_string).collect();
            assert_eq!(found, ["observer: Algeria", "observer: IOM"], "{text}");
        }
        // "taking part as an observer": the verb is read with the capacity.
        for text in [
            "Delegates attended, with Algeria taking part as an observer.",
            "Delegates attended, with Algeria participating as an observer.",
        ] {
            let page = format!("Tunis, 3 May 2019.\n{text}");
            let meeting = &crate::parse_page(&page).meetings[0];
            let found: Vec<String> = meeting.roles.iter().map(ToString::to_string).collect();
            assert_eq!(found, ["observer: Algeria"], "{text}");
        }
        // The party's office or envoys between: "UNHCR Regional Office".
        let page = "Tunis, 3 May 2019.\nThe UNHCR Regional Office took part as an observer.";
        let meeting = &crate::parse_page(page).meetings[0];
        let listed: Vec<String> = meeting.roles.iter().map(ToString::to_string).collect();
        assert_eq!(listed, ["observer: UNHCR"]);
        // The meeting keeps the role that says more.
        let page = "Tunis, 3 May 2019.\nAlgeria attended the meeting as an observer.";
        let meeting = &crate::parse_page(page).meetings[0];
        let listed: Vec<String> = meeting.roles.iter().map(ToString::to_string).collect();
        assert_eq!(listed, ["observer: Algeria"]);
        // Offices name their country; a body's seat is no party.
        for text in [
            "The Delegation of the European Union to Senegal took part.",
            "It gathered the Spanish Ministry of Interior and the EU Delegation to Senegal.",
        ] {
            let found = roles(&prose(text, None).1);
            assert!(
                found.contains(&"participant: EU".to_owned()),
                "{text}: {found:?}"
            );
            assert!(
                !found.iter().any(|r| r.ends_with("Senegal")),
                "{text}: {found:?}"
            );
        }
        // A body's office in a city or country: the body took part, not the place.
        for (text, want) in [
            (
                "The IOM office in Accra and UNHCR attended as observers.",
                &["observer: IOM", "observer: UNHCR"][..],
            ),
            (
                "The IOM office in Senegal attended as an observer.",
                &["observer: IOM"],
            ),
            (
                "The IOM country office in Niger and Frontex took part.",
                &["participant: Frontex", "participant: IOM"],
            ),
            (
                "Participants included the UNHCR Regional Office in Dakar, the EU \
                 Delegation to Senegal and Mali.",
                &["participant: EU", "participant: Mali", "participant: UNHCR"],
            ),
            ("Representatives of 8 ECOWAS countries attended.", &[]),
        ] {
            assert_eq!(roles(&prose(text, None).1), want, "{text}");
        }
        let text = "It gathered the Spanish Ministry of Interior and the Moroccan Police.";
        assert_eq!(
            roles(&prose(text, None).1),
            ["participant: Morocco", "participant: Spain"]
        );
        for text in [
            "Among the participants were Mali and IOM.",
            "Participating countries included Mali, and IOM attended.",
            "The meeting saw the participation of Mali and IOM.",
            "The workshop counted on the participation of Mali and IOM.",
            "Mali and IOM were among the participants.",
            "Mali and IOM sent delegations.",
        ] {
            assert_eq!(
                roles(&prose(text, None).1),
                ["participant: IOM", "participant: Mali"],
                "{text}"
            );
        }
        let text = "The meeting was held in the presence of IOM and UNHCR.";
        assert_eq!(
            roles(&prose(text, None).1),
            ["participant: IOM", "participant: UNHCR"]
        );
        // In French.
        for (text, expected) in [
            (
                "Le Mali et la Mauritanie ont participé en tant qu'observateurs.",
                ["observer: Mali", "observer: Mauritania"],
            ),
            (
                "Le Mali et la Mauritanie y ont pris part en qualité d'observateurs.",
                ["observer: Mali", "observer: Mauritania"],
            ),
            (
                "L'atelier s'est tenu en présence de l'OIM et du HCR.",
                ["participant: IOM", "participant: UNHCR"],
            ),
            (
                "La réunion, organisée par l'OIM, s'est tenue en présence du HCR.",
                ["organiser: IOM", "participant: UNHCR"],
            ),
            (
                "Le Liban et la Jordanie ont été invités à partager leur expérience.",
                ["guest: Jordan", "guest: Lebanon"],
            ),
            (
                "Le Liban et la Jordanie étaient invités à la réunion.",
                ["guest: Jordan", "guest: Lebanon"],
            ),
            (
                "Le Sénégal et la France ont coprésidé la réunion.",
                ["co_chair: France", "co_chair: Senegal"],
            ),
            (
                "L'Union européenne et l'OIM ont pris part aux échanges.",
                ["participant: EU", "participant: IOM"],
            ),
            (
                "Le Maroc a accueilli l'atelier, que l'ONUDC a organisé.",
                ["host: Morocco", "organiser: UNODC"],
            ),
        ] {
            assert_eq!(roles(&prose(text, None).1), expected, "{text}");
        }
    }

    #[test]
    fn a_capacity_in_parentheses_gives_its_role() {
        for (text, expected) in [
            (
                "The workshop gathered Mali, Algeria (observer) and IOM.",
                &["observer: Algeria", "participant: IOM", "participant: Mali"][..],
            ),
            (
                "Algeria (observer) and Jordan (guest country) also attended.",
                &["guest: Jordan", "observer: Algeria"],
            ),
            (
                "Mali (host) and Niger attended.",
                &["host: Mali", "participant: Niger"],
            ),
            // A capacity beside another role: both are held.
            (
                "Spain (host) and Senegal co-chaired the meeting.",
                &["co_chair: Senegal", "co_chair: Spain", "host: Spain"],
            ),
            // Set off by commas after "as".
            (
                "Spain, as host, and Senegal co-chaired the meeting.",
                &["co_chair: Senegal", "co_chair: Spain", "host: Spain"],
            ),
            (
                "It was co-chaired by Spain, as host, and Senegal.",
                &["co_chair: Senegal", "co_chair: Spain", "host: Spain"],
            ),
            ("Libya, as an observer, took part.", &["observer: Libya"]),
            (
                "Libya followed the discussions as an observer.",
                &["observer: Libya"],
            ),
            (
                "Libya, an observer to the dialogue, also took part.",
                &["observer: Libya"],
            ),
            ("Mali, a partner country, attended.", &["participant: Mali"]),
            // A status set off by commas.
            (
                "Libya, which holds observer status, attended too.",
                &["observer: Libya"],
            ),
            (
                "Algeria, which has observer status in the dialogue, and Mali attended.",
                &["observer: Algeria", "participant: Mali"],
            ),
            (
                "Jordan, invited as a guest country, and Mali attended.",
                &["guest: Jordan", "participant: Mali"],
            ),
            // An office in the dialogue is no role in the meeting, and the list goes on.
            (
                "Mali, as chair of the Rabat Process, and Niger attended.",
                &["participant: Mali", "participant: Niger"],
            ),
        ] {
            assert_eq!(roles(&prose(text, None).1), expected, "{text}");
        }
        // In a label's list too, where a group described is no party.
        let page = "Workshop on return\nDate: 12 March 2019\nParticipants: Partner countries, \
                    Mali, Algeria (observer), IOM";
        let meeting = &crate::parse_page(page).meetings[0];
        let listed: Vec<String> = meeting.roles.iter().map(ToString::to_string).collect();
        assert_eq!(
            listed,
            ["participant: Mali", "participant: IOM", "observer: Algeria"]
        );
    }

    #[test]
    fn guests_are_invited_from_outside_the_dialogue() {
        for (text, expected) in [
            (
                "Lebanon and Jordan were invited to share their experience.",
                &["guest: Jordan", "guest: Lebanon"][..],
            ),
            ("Also invited were Mali and Jordan.", &["guest: Jordan"]),
            (
                "Guest countries Jordan and Lebanon shared their experience.",
                &["guest: Jordan", "guest: Lebanon"],
            ),
            ("Invited guests included Qatar.", &["guest: Qatar"]),
            // Called guests, organisations and partners are guests too.
            (
                "Guests from the ILO and the OECD shared their expertise.",
                &["guest: ILO", "guest: OECD"],
            ),
            (
                "Special guests: Jordan, Lebanon.",
                &["guest: Jordan", "guest: Lebanon"],
            ),
            (
                "Guest speakers from Jordan and Lebanon shared their experience.",
                &["guest: Jordan", "guest: Lebanon"],
            ),
            // Invited "as guests", anyone is a guest.
            (
                "IOM and UNHCR were invited as guests; Mali was also invited.",
                &["guest: IOM", "guest: UNHCR"],
            ),
        ] {
            assert_eq!(roles(&prose(text, None).1), expected, "{text}");
        }
    }

    #[test]
    fn bodies_the_lexicon_does_not_know_are_among_those_present() {
        let text = "The meeting gathered 45 countries, ECOWAS, the Sahel Migration Research \
                    Network and the Spanish Agency for International Development Cooperation.";
        assert_eq!(
            roles(&prose(text, None).1),
            [
                "participant: ECOWAS",
                "participant: Sahel Migration Research Network",
                "participant: Spanish Agency for International Development Cooperation",
            ]
        );
        // Names the lexicon knows, a single capitalised word and the dialogue's own bodies
        // are no unknown bodies.
        let text = "The meeting gathered the International Organization for Migration, an \
                    Office, the Rabat Process Network and delegates.";
        assert_eq!(roles(&prose(text, None).1), ["participant: IOM"]);
    }

    #[test]
    fn who_gave_means_is_no_party_present() {
        let text = "The workshop gathered experts from UNODC and was funded by the European Union.";
        assert_eq!(roles(&prose(text, None).1), ["participant: UNODC"]);
    }

    #[test]
    fn a_country_misspelt_among_those_present_is_the_country() {
        for (text, expected) in [
            (
                "The meeting gathered representatives of Ethopia, Mali and Nigeria.",
                &[
                    "participant: Ethiopia",
                    "participant: Mali",
                    "participant: Nigeria",
                ][..],
            ),
            (
                "Delegations from Tunesia and Marocco also attended.",
                &["participant: Morocco", "participant: Tunisia"][..],
            ),
            // Only a list's items, set off by commas or "and", are looked at.
            (
                "It gathered representatives of Mali, Directors and Ministers.",
                &["participant: Mali"][..],
            ),
            (
                "It gathered representatives of Mali and Nigera experts.",
                &["participant: Mali"][..],
            ),
        ] {
            let mut got = roles(&prose(text, None).1);
            got.sort();
            assert_eq!(got, expected, "{text}");
        }
    }

    #[test]
    fn a_body_that_names_a_group_of_countries_is_no_party() {
        for (text, expected) in [
            (
                "The workshop gathered 35 practitioners from 8 ECOWAS countries.",
                &[][..],
            ),
            (
                "It gathered experts from the 15 ECOWAS Member States and Mauritania.",
                &["participant: Mauritania"][..],
            ),
            (
                "It gathered experts from the AU member states and the ECOWAS Commission.",
                &["participant: ECOWAS"][..],
            ),
            (
                "It gathered experts from the EU Member States and IOM.",
                &["participant: IOM"][..],
            ),
            (
                "Des participants de 15 États membres de la CEDEAO et de la Mauritanie ont \
                 partagé leurs pratiques.",
                &["participant: Mauritania"][..],
            ),
            (
                "Des experts du Mali et de la Guinée ont présenté leurs stratégies.",
                &["participant: Guinea", "participant: Mali"][..],
            ),
        ] {
            assert_eq!(roles(&prose(text, None).1), expected, "{text}");
        }
    }

    #[test]
    fn quoted_titles() {
        for (text, want) in [
            // Without quotes, right after the kind and "entitled".
            (
                "The expert meeting, entitled Protecting migrants in vulnerable situations, took place in Tunis.",
                Some("Protecting migrants in vulnerable situations"),
            ),
            (
                "A workshop titled Return in dignity. It met.",
                Some("Return in dignity"),
            ),
            (
                "The partners discussed the report entitled Migration Trends in Africa.",
                None,
            ),
            ("The workshop, entitled so by its hosts, met.", None),
            // Opening its sentence, up to the meeting it names, commas and all.
            (
                "Entitled Return, readmission and reintegration: a shared responsibility, the meeting gathered 80 participants.",
                Some("Return, readmission and reintegration: a shared responsibility"),
            ),
            ("Entitled to vote, the members met.", None),
            (
                "The thematic meeting “Legal pathways” met.",
                Some("Legal pathways"),
            ),
            // After the kind's topic and a colon; not after a sentence about it.
            (
                "Thematic meeting on border management: \"Strengthening capacities at land borders\". Organised by ICMPD.",
                Some("Strengthening capacities at land borders"),
            ),
            (
                "The meeting on border management. The minister said: \"We must act together\".",
                None,
            ),
            (
                "The meeting on border management, the minister said: \"We must act together\".",
                None,
            ),
            (
                "The thematic meeting on the \"Role of the diaspora\" was held in Banjul.",
                Some("Role of the diaspora"),
            ),
            (
                "La réunion sur la « Migration de travail » s'est tenue à Tunis.",
                Some("Migration de travail"),
            ),
            (
                "La réunion thématique sur « Talents et compétences » s'est tenue à Dakar.",
                Some("Talents et competences"),
            ),
            (
                "A workshop entitled ‘Return in dignity’ took place.",
                Some("Return in dignity"),
            ),
            // Wrapped over a line, not over a blank one.
            (
                "The thematic meeting on \"Regular pathways for\nlabour migration\" met.",
                Some("Regular pathways for\nlabour migration"),
            ),
            (
                "The thematic meeting on \"Regular pathways\n\nThe partners\" met.",
                None,
            ),
            // Alone on its line, as under a card's header.
            (
                "The partners met.\n“Legal migration and mobility partnerships”\nThey agreed.",
                Some("Legal migration and mobility partnerships"),
            ),
            ("The partners said “we all agree” today.", None),
            (
                "This thematic meeting focused on “Migration and development”.",
                Some("Migration and development"),
            ),
            (
                "The meeting was held online, on the theme of “Diaspora investment”.",
                Some("Diaspora investment"),
            ),
            (
                "The conference, themed \"Shared responsibility\", adopted a declaration.",
                Some("Shared responsibility"),
            ),
            // In French, between guillemets.
            (
                "La réunion intitulée « Migration légale et mobilité » s'est tenue à Dakar.",
                Some("Migration legale et mobilite"),
            ),
        ] {
            let (doc, p) = prose(text, None);
            assert_eq!(p.title.map(|(s, e)| doc.slice(s, e)), want, "{text}");
        }
    }

    #[test]
    fn french_venues_follow_a_or_au() {
        let country = |text: &str| {
            let parsed = crate::parse_page(text);
            parsed
                .meetings
                .first()
                .and_then(|m| m.country)
                .map(|c| c.alpha2())
        };
        for text in [
            "La réunion thématique s'est tenue à Dakar le 12 mars 2019.",
            "L'atelier a eu lieu au Sénégal le 12 mars 2019.",
        ] {
            assert_eq!(country(text), Some("SN"), "{text}");
        }
        // The English article is no "à".
        assert_eq!(
            country("The workshop chose a Dakar hotel on 12 March 2019."),
            None
        );
    }

    #[test]
    fn a_capital_named_by_its_countrys_demonym_is_the_venue() {
        let venue = |text: &str| {
            let m = crate::parse_page(text).meetings.into_iter().next()?;
            Some((m.city, m.country.map(|c| c.alpha2())))
        };
        assert_eq!(
            venue("The workshop took place in the Ghanaian capital on 3 June 2019."),
            Some((None, Some("GH")))
        );
        assert_eq!(
            venue("The workshop took place in the Senegalese capital, Dakar, on 3 June 2019."),
            Some((Some("Dakar".to_owned()), Some("SN")))
        );
        // Not a capital the meeting was not held in.
        assert_eq!(
            venue("The Senegalese capital sent experts to a workshop on 3 June 2019."),
            Some((None, None))
        );
    }

    #[test]
    fn the_steering_committee_named_in_full_meets() {
        let (_, p) = prose(
            "The Steering Committee of the Rabat Process met in Madrid.",
            None,
        );
        assert_eq!(p.kind, Some(MeetingKind::SteeringCommittee));
        // Received by a country, which hosted it.
        for text in [
            "Morocco hosted the Steering Committee of the Rabat Process.",
            "The Kingdom of Morocco welcomed the Rabat Process Steering Committee in Rabat.",
        ] {
            let (_, p) = prose(text, None);
            assert_eq!(p.kind, Some(MeetingKind::SteeringCommittee), "{text}");
            assert_eq!(roles(&p), ["host: Morocco"], "{text}");
        }
        // Its members named are no meeting of it.
        let (_, p) = prose("Spain, a member of the Steering Committee, spoke.", None);
        assert_eq!(p.kind, None);
    }

    #[test]
    fn the_country_after_the_city_is_stated_only_for_the_venue() {
        for (text, country) in [
            ("Madrid, Spain, will host the meeting.", Some("ES")),
            ("The meeting took place at Madrid, Spain.", Some("ES")),
            // A party list in which the city's name is followed by a country.
            ("It was organised by Madrid, Portugal and Libya.", None),
            ("Partners from Madrid, Portugal and Libya met.", None),
        ] {
            let (_, p) = prose(text, None);
            assert_eq!(p.country.map(|c| c.alpha2()), country, "{text}");
        }
        // A city that hosted or welcomed the meeting is its venue, its country after it
        // or not, set off by commas or in brackets.
        for (story, country) in [
            ("On 3 May 2019, Dakar hosted a thematic meeting.", "SN"),
            (
                "On 3 May 2019, Niamey (Niger) welcomed the thematic meeting.",
                "NE",
            ),
            (
                "On 3 May 2019, Accra, Ghana, played host to a workshop.",
                "GH",
            ),
        ] {
            let page = format!("Thematic meeting\n\n{story}");
            let meetings = crate::parse_page(&page).meetings;
            let meeting = meetings.first().expect(story);
            assert!(meeting.city.is_some(), "{story}");
            assert_eq!(
                meeting.country.map(|c| c.alpha2()),
                Some(country),
                "{story}"
            );
        }
        // Not the city whose people welcomed the participants.
        let page = "Thematic meeting\n\nOn 3 May 2019, the mayor of Dakar welcomed the participants \
                    of a thematic meeting held in Praia.";
        let meeting = &crate::parse_page(page).meetings[0];
        assert_eq!(meeting.city.as_deref(), Some("Praia"));
        // A city after the name of a place in it.
        for (story, want) in [
            (
                "A workshop took place on 3 May 2019 at the King Fahd Hotel, Dakar.",
                Some("Dakar"),
            ),
            (
                "A workshop took place on 3 May 2019 at the initiative of Morocco, Rabat and Spain.",
                None,
            ),
        ] {
            let meetings = crate::parse_page(story).meetings;
            assert_eq!(meetings[0].city.as_deref(), want, "{story}");
        }
    }

    #[test]
    fn where_a_body_sits_is_no_venue() {
        let city = |text: &str| crate::parse_page(text).meetings.first()?.city.clone();
        for (text, want) in [
            (
                "A training will take place online on 3 May 2019, with the Observatory in Rabat.",
                None,
            ),
            (
                "The workshop of IOM, based in Dakar, took place on 3 May 2019.",
                None,
            ),
            // Held at the body's seat.
            (
                "The meeting took place at the ICMPD office in Vienna on 3 May 2019.",
                Some("Vienna"),
            ),
            (
                "The training took place in Rabat on 3 May 2019.",
                Some("Rabat"),
            ),
        ] {
            assert_eq!(city(text).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn statements_about_other_events_are_left_out() {
        let text = "The workshop on migrant smuggling took place after the annual follow-up meeting, held on 22-23 October and organised by UNODC.";
        let (_, p) = prose(text, Some("24 October 2019"));
        assert!(p.roles.is_empty());
        assert_eq!(p.kind, Some(MeetingKind::Workshop));
        let text = "MMC organised a side event in the margins of the workshop on migrant smuggling. It tested scenarios of mixed migration.";
        let (_, p) = prose(text, Some("24 October 2019"));
        assert_eq!(p.kind, Some(MeetingKind::SideEvent));
        assert_eq!(p.themes, [Theme::MixedMigration].into());
        assert_eq!(roles(&p), ["organiser: MMC"]);
        // In French.
        let text = "L'atelier s'est tenu en marge de la réunion annuelle, organisée par l'ONUDC.";
        assert!(prose(text, Some("24 October 2019")).1.roles.is_empty());
        let text = "La prochaine réunion thématique sera organisée par l'OIM.";
        assert!(prose(text, Some("24 October 2019")).1.roles.is_empty());
        // The committee named as another meeting, and as this one.
        let text = "The next Steering Committee, chaired by Mali, will meet in December.";
        assert!(prose(text, Some("3 October 2019")).1.roles.is_empty());
        let text = "The Steering Committee, chaired by Mali, met in Madrid.";
        assert_eq!(roles(&prose(text, None).1), ["chair: Mali"]);
        // The event a role is held in, named right after its cue.
        let text = "Spain, as host of the previous meeting, presented its conclusions.";
        assert!(prose(text, None).1.roles.is_empty());
        let text = "Senegal, which hosted the next SOM, spoke.";
        assert!(prose(text, Some("3 October 2019")).1.roles.is_empty());
        let text = "Mali, which hosted the meeting, opened it.";
        assert_eq!(roles(&prose(text, None).1), ["host: Mali"]);
        // Another kind of meeting, or one dated apart, that the cue acts on.
        for text in [
            "The thematic meeting opened. Ghana, which chaired the SOM, spoke.",
            "The thematic meeting opened. Ghana chaired the Steering Committee meeting of \
             September 2023.",
            "The thematic meeting opened. Ghana, which chaired the SOM in 2022, spoke.",
        ] {
            let (_, p) = prose(text, Some("14-15 November 2023"));
            assert_eq!(p.kind, Some(MeetingKind::ThematicMeeting), "{text}");
            assert!(p.roles.is_empty(), "{text}");
        }
        let text = "Ghana chaired the thematic meeting of November 2023.";
        let (_, p) = prose(text, Some("14-15 November 2023"));
        assert_eq!(roles(&p), ["chair: Ghana"]);
        // A kind before another is the compound's modifier: "the SOM side event" is
        // another kind of meeting than a SOM.
        let text = "The SOM opened. Senegal hosted the SOM side event.";
        let (_, p) = prose(text, None);
        assert_eq!(p.kind, Some(MeetingKind::SeniorOfficialsMeeting));
        assert!(p.roles.is_empty());
        // A date after another event than the one the cue acts on is that event's.
        let text = "MMC organised a side event in the margins of the workshop held on 24 \
                    October 2019.";
        let (_, p) = prose(text, Some("23 October 2019"));
        assert_eq!(roles(&p), ["organiser: MMC"]);
        // A date that starts a state dates no other event.
        let text = "The SOM was hosted by Morocco, which holds the chair since June 2023.";
        assert_eq!(
            roles(&prose(text, Some("5 December 2023")).1),
            ["host: Morocco"]
        );
        let text = "The SOM was hosted by Morocco on 4 June 2023.";
        assert!(prose(text, Some("5 December 2023")).1.roles.is_empty());
        // A month without a year dates a sentence about another event, but not one about
        // this meeting's months.
        for (text, date, expected) in [
            (
                "In March, experts met in Accra, hosted by Ghana. In June, a workshop was held in Tunis, hosted by Tunisia.",
                "12-13 March 2023",
                &["host: Ghana"][..],
            ),
            (
                "En juin, un atelier a été organisé par la Tunisie.",
                "12 March 2023",
                &[],
            ),
            (
                "In December 2022, the partners met again, hosted by Senegal.",
                "30 November - 2 December 2022",
                &["host: Senegal"],
            ),
            (
                "In December, the partners met again, hosted by Senegal.",
                "30 November - 2 December 2022",
                &["host: Senegal"],
            ),
        ] {
            assert_eq!(roles(&prose(text, Some(date)).1), expected, "{text}");
        }
        // Nor does another event's figure, by its date.
        let text = "The meeting followed the signature of the declaration in March 2018, attended by 18 countries.";
        assert_eq!(prose(text, Some("5 June 2018")).1.participants, None);
        let text = "On 5 June 2018, 18 countries attended.";
        let p = prose(text, Some("5 June 2018")).1.participants.unwrap();
        assert_eq!(p.countries, Some(18));
        // Nor do its kinds and themes belong to this meeting.
        let text = "Experts met in Tunis to discuss labour migration. In June, a workshop on return will be held in Accra, hosted by Ghana.";
        let (_, p) = prose(text, Some("14 March 2023"));
        assert_eq!(p.kind, None);
        assert_eq!(p.themes, [Theme::LegalMigration].into());
        assert!(p.roles.is_empty());
        // A sentence about the next meeting keeps its themes, however far they come.
        let text = "The meeting discussed reintegration. The next thematic meeting will be held in Lisbon in March 2023 and will focus on legal pathways.";
        let (_, p) = prose(text, Some("5 December 2022"));
        assert_eq!(p.themes, [Theme::ReturnAndReintegration].into());
        // Not where the meeting itself is the subject, the other event named on the way.
        let text = "The workshop, held some weeks after the previous meeting in Dakar, Senegal, in the spring of that same year, mainly focused on legal pathways.";
        let (_, p) = prose(text, Some("5 December 2022"));
        assert_eq!(p.themes, [Theme::LegalMigration].into());
    }

    #[test]
    fn themes_in_their_other_words() {
        for (text, theme) in [
            (
                "The training for border guards covered document fraud.",
                Theme::BorderManagement,
            ),
            (
                "The workshop discussed maritime border surveillance.",
                Theme::BorderManagement,
            ),
            (
                "The meeting explored talent partnerships.",
                Theme::LegalMigration,
            ),
            (
                "The workshop heard returnees and returning migrants.",
                Theme::ReturnAndReintegration,
            ),
            (
                "The webinar presented AVRR programmes.",
                Theme::ReturnAndReintegration,
            ),
            (
                "The meeting looked at the drivers of irregular migration.",
                Theme::RootCauses,
            ),
            (
                "The drivers of forced displacement were examined.",
                Theme::RootCauses,
            ),
            (
                "The meeting examined climate change as a driver of displacement.",
                Theme::RootCauses,
            ),
            (
                "Discussions focused on regular pathways for migration.",
                Theme::LegalMigration,
            ),
            (
                "L'atelier a porté sur la surveillance des frontières.",
                Theme::BorderManagement,
            ),
            (
                "La réunion a porté sur la migration circulaire.",
                Theme::LegalMigration,
            ),
            (
                "Les gardes-côtes ont présenté leur travail.",
                Theme::BorderManagement,
            ),
            (
                "La réunion a porté sur les envois de fonds.",
                Theme::MigrationAndDevelopment,
            ),
            (
                "L'atelier a traité des retours forcés.",
                Theme::ReturnAndReintegration,
            ),
            (
                "Un atelier sur le retour a eu lieu.",
                Theme::ReturnAndReintegration,
            ),
            (
                "Une réunion d'experts sur la migration de retour a eu lieu.",
                Theme::ReturnAndReintegration,
            ),
            (
                "La conférence a adopté une déclaration sur la migration et le développement.",
                Theme::MigrationAndDevelopment,
            ),
            (
                "La délégation a présenté son plan de lutte contre la traite.",
                Theme::TraffickingInHumanBeings,
            ),
            (
                "The meeting addressed the protection of migrants along the routes.",
                Theme::AsylumAndProtection,
            ),
            (
                "The training taught police officers to detect fraudulent documents.",
                Theme::BorderManagement,
            ),
            (
                "Officers of the border police took part in the training.",
                Theme::BorderManagement,
            ),
            (
                "Coast guards of three countries took part.",
                Theme::BorderManagement,
            ),
            (
                "The training covered the care of unaccompanied minors.",
                Theme::AsylumAndProtection,
            ),
        ] {
            assert_eq!(prose(text, None).1.themes, [theme].into(), "{text}");
        }
        // The French verb is no theme: "the report deals with ...".
        let text = "Le rapport traite des politiques de migration.";
        assert!(prose(text, None).1.themes.is_empty());
        // Mobility that is no legal pathway.
        let text = "The webinar looked at climate change and human mobility.";
        assert!(prose(text, None).1.themes.is_empty());
        let text = "The webinar looked at climate change and mobility.";
        assert!(prose(text, None).1.themes.is_empty());
        let text = "The meeting looked at climate mobility and student mobility.";
        assert_eq!(prose(text, None).1.themes, [Theme::LegalMigration].into());
        // An office's name is no theme; the same words as a topic are.
        let text = "The meeting was opened by the Belgian Minister for Asylum and Migration.";
        assert!(prose(text, None).1.themes.is_empty());
        let text = "The National Agency for the Prohibition of Trafficking in Persons spoke.";
        assert!(prose(text, None).1.themes.is_empty());
        let text = "The Ministry of the Interior, in charge of Trafficking in Persons, spoke.";
        assert_eq!(
            prose(text, None).1.themes,
            [Theme::TraffickingInHumanBeings].into()
        );
        let text = "The meeting focused on Asylum and Migration.";
        assert_eq!(
            prose(text, None).1.themes,
            [Theme::AsylumAndProtection].into()
        );
        // Acronyms only in capitals: "avr." is April in French.
        let text = "L'atelier s'est tenu le 12 avr. 2019 à Dakar.";
        assert!(prose(text, None).1.themes.is_empty());
    }

    #[test]
    fn day_and_eve_are_found_by_their_rarer_letters() {
        for (text, expected) in [
            ("the day before", true),
            ("on the eve of", true),
            ("day", true),
            ("eve", true),
            ("Monday", true),
            ("dy ay da y ev ve e v", false),
            ("every", true),
            ("vey yad", false),
            ("", false),
        ] {
            assert_eq!(day_or_eve(text.as_bytes()), expected, "{text:?}");
            assert_eq!(
                day_or_eve(text.as_bytes()),
                text.contains("day") || text.contains("eve")
            );
        }
    }

    #[test]
    fn digits_are_found_eight_bytes_at_a_time() {
        for text in [
            "",
            "abc",
            "0",
            "abcdefgh9",
            "abcdefghijklmno/:5",
            "é9",
            "x\u{ff}1",
        ] {
            let expected = text.bytes().position(|b| b.is_ascii_digit());
            assert_eq!(first_digit(text.as_bytes()), expected, "{text:?}");
        }
        for b in 0..=255u8 {
            let bytes = [b'x', b'x', b'x', b, b'x', b'x', b'x', b'x', b'x'];
            let expected = b.is_ascii_digit().then_some(3);
            assert_eq!(first_digit(&bytes), expected, "byte {b}");
        }
    }

    #[test]
    fn only_numbers_before_counted_words_may_state_figures() {
        for yes in [
            "The meeting gathered 80 participants.",
            "with 150 senior officials",
            "11 were European and 12 African",
            "33 partner countries",
            "the 2nd Delegates",
            // A year is no figure, but the quick look leaves that to the full reading.
            "in 2018 participants",
            "3 countries' delegations",
            "12 African partner countries",
            "3 high level officials",
        ] {
            assert!(may_count(yes), "{yes}");
        }
        for no in [
            "Madrid, 1-2 July 2019, hosted by Spain.",
            "the 5th Euro-African Ministerial Conference",
            // As the tokens read: punctuation ends the words a figure is filed by.
            "80, participants",
            "3 very high level officials",
        ] {
            assert!(!may_count(no), "{no}");
        }
    }

    #[test]
    fn a_label_that_counts_people_states_their_number() {
        for (text, people, countries) in [
            ("Participants: 50 (from 20 countries).", Some(50), Some(20)),
            ("Participants: 50", Some(50), None),
            ("Experts: 12", Some(12), None),
            ("Statisticians: 55", Some(55), None),
            ("Attendance: 85 people.", Some(85), None),
            // Those trained, and those the meeting drew, took part.
            ("The workshop trained 35 border officers.", Some(35), None),
            ("Some 120 stakeholders attended.", Some(120), None),
            ("The event attracted 200 participants.", Some(200), None),
            // A named group's countries.
            (
                "It trained 35 practitioners from 8 ECOWAS countries.",
                Some(35),
                Some(8),
            ),
            (
                "Participants (50) came from 20 countries.",
                Some(50),
                Some(20),
            ),
            // What the number counts, when not people.
            (
                "Participants: 25 countries, 8 organisations",
                None,
                Some(25),
            ),
            (
                "Participants: 25 partner countries, ECOWAS and IOM",
                None,
                Some(25),
            ),
            (
                "Participants: 40 experts from 12 countries",
                Some(40),
                Some(12),
            ),
        ] {
            let p = prose(text, None).1.participants.unwrap();
            assert_eq!((p.people, p.countries), (people, countries), "{text}");
        }
        for text in ["Date: 12 March 2019", "Room: 12", "Participants 50"] {
            assert!(prose(text, None).1.participants.is_none(), "{text}");
        }
    }

    #[test]
    fn those_present_and_those_online_are_counted_together_after_a_verb() {
        let text = "Fifty participants attended in person and 30 online.";
        let f = prose(text, None).1.participants.unwrap();
        assert_eq!(f.people, Some(80));
        let text = "40 experts took part on site, 25 participants connected remotely.";
        let f = prose(text, None).1.participants.unwrap();
        assert_eq!(f.people, Some(65));
    }

    #[test]
    fn those_present_and_those_online_are_counted_together() {
        for (text, people) in [
            (
                "The meeting gathered 50 participants in person and 40 online.",
                90,
            ),
            (
                "It brought together 30 in person and 45 online participants.",
                75,
            ),
            (
                "The workshop gathered 20 experts on site, 15 connected remotely.",
                35,
            ),
            // Not a figure of those online: the second number counts something else.
            (
                "The meeting gathered 50 participants in person and 4 observers.",
                50,
            ),
            ("The meeting gathered 50 participants and 40 online.", 50),
        ] {
            let p = prose(text, None).1.participants.unwrap();
            assert_eq!(p.people, Some(people), "{text}");
        }
    }

    #[test]
    fn a_part_of_the_partner_countries_counts_those_present() {
        for (text, people, countries) in [
            (
                "The meeting gathered 34 of the 57 partner countries.",
                None,
                Some(34),
            ),
            (
                "Delegations from 30 of 57 countries attended.",
                None,
                Some(30),
            ),
            // Of people, the whole is those who attended.
            ("80 of the 100 participants were women.", Some(100), None),
            // The part after the whole, with a verb that says it came.
            (
                "Out of the 57 partner countries, 40 were represented at the meeting.",
                None,
                Some(40),
            ),
            (
                "The 57 partner countries were invited; 35 attended.",
                None,
                Some(35),
            ),
            // Not where the whole came: then the part counts something else.
            (
                "Delegates of 30 countries attended; 12 participated online.",
                None,
                Some(30),
            ),
        ] {
            let p = prose(text, None).1.participants.unwrap();
            assert_eq!((p.people, p.countries), (people, countries), "{text}");
        }
    }

    #[test]
    fn themes_in_the_names_of_offices_and_programmes_are_no_topics() {
        let themes = |text: &str| prose(text, None).1.themes.iter().collect::<Vec<_>>();
        let text = "The training on border management was funded by the EU-IOM Joint \
                    Initiative for Migrant Protection and Reintegration.";
        assert_eq!(themes(text), [Theme::BorderManagement]);
        let text = "The Director of the Agency for Asylum and Migration opened the workshop.";
        assert!(themes(text).is_empty());
        // A title names its topics, capitalised or not.
        let text = "The Workshop on Return and Reintegration was held in Dakar.";
        assert_eq!(themes(text), [Theme::ReturnAndReintegration]);
    }

    #[test]
    fn figures_by_region() {
        // People, countries, European and African countries.
        let figures = |text: &str| {
            let f = prose(text, None).1.participants.unwrap();
            (f.people, f.countries, f.european, f.african)
        };
        for (text, expected) in [
            (
                "It gathered 52 participants representing 21 partner countries (including 9 \
                 European and 12 African countries).",
                (Some(52), Some(21), Some(9), Some(12)),
            ),
            (
                "A total of 96 participants from 37 European and African countries attended.",
                (Some(96), Some(37), None, None),
            ),
            // A group's name before the noun.
            (
                "Some 45 experts representing 20 Rabat Process partner countries and 5 \
                 organisations took part.",
                (Some(45), Some(20), None, None),
            ),
            (
                "It gathered 75 representatives of 27 partner countries (15 African and 12 \
                 European).",
                (Some(75), Some(27), Some(12), Some(15)),
            ),
            (
                "It gathered 45 experts from 18 partner countries (10 African, 8 European).",
                (Some(45), Some(18), Some(8), Some(10)),
            ),
            // French puts the region after the noun.
            (
                "La réunion a rassemblé 100 participants de 40 pays, dont 22 pays africains et \
                 18 pays partenaires européens.",
                (Some(100), Some(40), Some(18), Some(22)),
            ),
            (
                "Elle a réuni 90 participants de 28 pays partenaires européens et africains.",
                (Some(90), Some(28), None, None),
            ),
            (
                "L'atelier a réuni 40 experts de 12 pays d'Afrique de l'Ouest.",
                (Some(40), Some(12), None, Some(12)),
            ),
            // The EU's member states are European countries.
            (
                "It gathered 40 participants from 12 EU Member States and 10 African countries.",
                (Some(40), Some(22), Some(12), Some(10)),
            ),
            // A part by continent, after the countries counted; not after people counted.
            (
                "Delegations from 21 countries, including 8 from Europe, attended.",
                (None, Some(21), Some(8), None),
            ),
            (
                "It gathered 60 participants from 21 countries (12 from Africa and 9 from Europe).",
                (Some(60), Some(21), Some(9), Some(12)),
            ),
            (
                "It gathered 80 participants, 50 from Africa and 30 from Europe.",
                (Some(80), None, None, None),
            ),
        ] {
            assert_eq!(figures(text), expected, "{text}");
        }
        let text = "The Declaration brings together 18 Member States of the Rabat Process.";
        assert!(prose(text, None).1.participants.is_none());
        // Where the countries counted are is not where those present came from.
        for text in [
            "The dialogue brings together 57 partner countries from Central, West and North \
             Africa and Europe.",
            "The dialogue brings together some fifty partner countries from Africa and Europe.",
        ] {
            assert!(prose(text, None).1.participants.is_none(), "{text}");
        }
        let text = "Some 120 officials from across the region discussed it.";
        assert_eq!(prose(text, None).1.participants.unwrap().people, Some(120));
        // Those a meeting was held for took part; not those something else was for.
        let text = "Frontex held a virtual training on document fraud for 40 border officers.";
        assert_eq!(prose(text, None).1.participants.unwrap().people, Some(40));
        let text = "The fund gives support for 40 projects and for 300 officers each year.";
        assert!(prose(text, None).1.participants.is_none());
        // "from" before the region says nothing of what is counted.
        let text = "45 participants attended, of whom 12 from European countries and 18 \
                    from African countries.";
        let f = prose(text, None).1.participants.unwrap();
        assert_eq!((f.european, f.african), (Some(12), Some(18)));
        // The heads of delegation of the countries counted attended.
        let text = "Heads of delegation of some 50 European and African countries adopted it.";
        let f = prose(text, None).1.participants.unwrap();
        assert_eq!((f.countries, f.european), (Some(50), None));
        // A part of a region counts the region's countries.
        let text = "It gathered officers from 12 West African countries.";
        let f = prose(text, None).1.participants.unwrap();
        assert_eq!((f.african, f.european), (Some(12), None));
        // One region's countries, with no total stated, are all the countries stated.
        assert_eq!(f.countries, Some(12));
        let text = "Experts from 9 European and 12 African countries attended.";
        let f = prose(text, None).1.participants.unwrap();
        assert_eq!(f.countries, Some(21));
        // The continent may follow the noun.
        let text = "Some 40 participants from 18 countries of West and Central Africa and 6 EU \
                    Member States took part.";
        let f = prose(text, None).1.participants.unwrap();
        assert_eq!(
            (f.countries, f.african, f.european),
            (Some(24), Some(18), Some(6))
        );
        let text = "Experts from 5 countries from Europe and 7 countries in North Africa met.";
        let f = prose(text, None).1.participants.unwrap();
        assert_eq!(
            (f.countries, f.african, f.european),
            (Some(12), Some(7), Some(5))
        );
        let text = "Experts from 25 countries of Africa and Europe met.";
        let f = prose(text, None).1.participants.unwrap();
        assert_eq!((f.countries, f.african, f.european), (Some(25), None, None));
        // Not a continent's part that is no continent: "12 countries of the Sahel".
        let text = "Experts from 12 countries of the Sahel met.";
        let f = prose(text, None).1.participants.unwrap();
        assert_eq!((f.countries, f.african), (Some(12), None));
        let text = "Representatives of 30 partner countries exchanged on remittances.";
        let f = prose(text, None).1.participants.unwrap();
        assert_eq!(f.countries, Some(30));
    }

    #[test]
    fn a_month_that_opens_a_sentence_dates_it() {
        assert_eq!(month_lead("In June, a workshop"), Some(6));
        assert_eq!(month_lead("during March the experts"), Some(3));
        assert_eq!(month_lead("En juin, un atelier"), Some(6));
        assert_eq!(month_lead("Mid-May, experts"), Some(5));
        // With its day or year it is a date, searched as dates are; without a word before
        // it, "May" may be a verb.
        assert_eq!(month_lead("In June 2023, a workshop"), None);
        assert_eq!(month_lead("May the partners"), None);
        assert_eq!(month_lead("In Dakar, a workshop"), None);
        let span = |s: &str| s.parse::<DateSpan>().unwrap();
        assert!(within_months(span("30 November - 2 December 2022"), 12));
        assert!(within_months(span("30 December 2022 - 2 January 2023"), 1));
        assert!(!within_months(span("12-13 March 2023"), 6));
    }

    /// The sentences `sentences` finds in `text`, trimmed.
    fn sentence_texts(text: &str) -> Vec<&str> {
        doubled_sentence_texts(text, 1)
    }

    /// The sentences `sentences` finds in `text`, trimmed, its paragraphs' lines parted by
    /// up to `breaks` line breaks.
    fn doubled_sentence_texts(text: &str, breaks: usize) -> Vec<&str> {
        let mut found = Vec::new();
        sentences(text, breaks, 0, text.len(), &mut found);
        found.iter().map(|&(a, b)| text[a..b].trim()).collect()
    }

    #[test]
    fn sentences_split_at_stops_and_blank_lines() {
        assert_eq!(
            sentence_texts("First one. Second\none.\n\nThird, 3.5 million"),
            ["First one.", "Second\none.", "Third, 3.5 million"]
        );
        // On a page of doubled breaks, it takes two blank lines.
        assert_eq!(
            doubled_sentence_texts("From Mali and Cote\n\nd'Ivoire\n\n\n\nThird", 2),
            ["From Mali and Cote\n\nd'Ivoire", "Third"]
        );
        assert_eq!(
            doubled_sentence_texts("Chair: Mali\n\nVenue: Accra", 2),
            ["Chair: Mali", "Venue: Accra"]
        );
        assert_eq!(
            sentence_texts(
                "Participants: 45 experts from 18 countries\nChair: Mauritania\nwho said: yes"
            ),
            [
                "Participants: 45 experts from 18 countries",
                "Chair: Mauritania\nwho said: yes"
            ]
        );
        // A title before a name, or an initial, ends no sentence.
        assert_eq!(
            sentence_texts("It was chaired by H.E. Ms. Ana Silva and J. Smith. They spoke."),
            [
                "It was chaired by H.E. Ms. Ana Silva and J. Smith.",
                "They spoke."
            ]
        );
        // Nor does a month's before its day.
        assert_eq!(
            sentence_texts("It met on Dec. 3, 2021. It ends in Dec. Then more."),
            ["It met on Dec. 3, 2021.", "It ends in Dec.", "Then more."]
        );
        assert_eq!(
            crate::text::first_stop("BRUSSELS, Dec. 3, 2021 - The SC met. Then"),
            Some(36)
        );
    }
}
