//! The parsed page as every reader sees it: the input, its folded text, and the lexicon's
//! hits over it, with helpers to move between them.

use std::cell::Cell;

use crate::diagnostic::Span;
use crate::lexicon::{Hit, Lexicon, Name, class, lexicon};
use crate::model::{City, Country, MeetingKind, Organisation, Party};
use crate::text::{Folded, gallop};

pub(crate) struct Doc<'a> {
    pub input: &'a str,
    pub folded: Folded,
    pub hits: Vec<Hit>,
    pub lexicon: &'static Lexicon,
    /// Where the last lookup of `hits_in` landed: readers move through the page in order,
    /// so the next lookup starts there and gallops a few steps instead of searching the
    /// whole page's hits, which misses the cache on every step.
    hint: Cell<usize>,
    /// Acronyms the page introduces for organisations the lexicon does not know.
    acronyms: Vec<Introduced>,
    /// Whether a blank line follows nearly every line of the page: then it takes two to
    /// part paragraphs.
    pub double_spaced: bool,
}

/// The most line breaks in a row within a paragraph: one, or two on a page whose every
/// line break was doubled (a blank line ends a paragraph, on such a page two).
fn paragraph_breaks(double_spaced: bool) -> usize {
    if double_spaced { 2 } else { 1 }
}

impl<'a> Doc<'a> {
    /// Folds and scans `input`: the one pass of the matcher over the page.
    pub fn new(input: &'a str) -> Doc<'a> {
        let double_spaced = super::wrapping::double_spaced(input);
        let folded = Folded::joining(input, &super::wrapping::layout(input, double_spaced));
        let lexicon = lexicon();
        // A blank line ends a name, as it ends a paragraph; on a page of doubled breaks it
        // takes two.
        let hits = lexicon.scan(folded.as_str(), paragraph_breaks(double_spaced));
        // Lookups rely on it: hits come in order and never overlap.
        debug_assert!(
            hits.windows(2)
                .all(|w| matches!(w, [a, b] if a.start < a.end && a.end <= b.start))
        );
        let mut doc = Doc {
            input,
            folded,
            hint: Cell::new(0),
            hits,
            lexicon,
            acronyms: Vec::new(),
            double_spaced,
        };
        doc.acronyms = doc.find_acronyms();
        doc
    }

    /// Organisations the lexicon does not know, introduced with their acronym: "the Sahel
    /// Migration Observatory (SMO)". Later "SMO" names the same organisation.
    fn find_acronyms(&self) -> Vec<Introduced> {
        let text = self.text();
        let mut found: Vec<Introduced> = Vec::new();
        let mut from = 0;
        // A page introduces a few; the bound keeps lookups cheap on any input.
        while found.len() < MAX_ACRONYMS
            && let Some(i) = text
                .get(from..)
                .and_then(|r| memchr::memmem::find(r.as_bytes(), b" ("))
        {
            let open = from + i + 2;
            from = open;
            // Within a few bytes: cut at a character's start, as the text may end or go on
            // in other scripts there.
            let Some(close) = text
                .get(open..)
                .and_then(|r| crate::text::head(r, 12).find(')'))
            else {
                continue;
            };
            let acronym = text.get(open..open + close).unwrap_or("");
            let is_acronym = (2..=10).contains(&acronym.len())
                && acronym.starts_with(|c: char| c.is_ascii_uppercase())
                && acronym
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-')
                && acronym.chars().filter(char::is_ascii_uppercase).count() >= 2;
            if !is_acronym || found.iter().any(|i| i.acronym == acronym) {
                continue;
            }
            let name_end = open - 2;
            // Names the lexicon knows ("Mixed Migration Centre (MMC)") are left to it.
            let known = self
                .hits_in(name_end.saturating_sub(80), name_end)
                .last()
                .is_some_and(|h| h.end == name_end);
            if known {
                continue;
            }
            // The name as the input writes it, diacritics and all.
            let named = name_before(text, name_end)
                .and_then(|s| Some((s, Organisation::named(self.original(s, name_end))?)));
            if let Some((start, org)) = named {
                found.push(Introduced {
                    acronym: acronym.to_owned(),
                    folded: self.slice(start, name_end).to_owned(),
                    org,
                });
            }
        }
        found
    }

    /// The organisation introduced with an acronym whose name opens `text`, and the
    /// length of the name with the acronym in parentheses after it, if it follows: "Sahel
    /// Migration Observatory (SMO) organised".
    pub fn introduced_at(&self, text: &str) -> Option<(&Organisation, usize)> {
        self.acronyms.iter().find_map(|i| {
            let rest = text.strip_prefix(i.folded.as_str())?;
            let with_acronym = rest
                .strip_prefix(" (")
                .and_then(|r| r.strip_prefix(i.acronym.as_str()))
                .and_then(|r| r.strip_prefix(')'))
                .map_or(0, |_| i.acronym.len() + 3);
            Some((&i.org, i.folded.len() + with_acronym))
        })
    }

    /// The organisation introduced with an acronym that the text ending at folded `end`
    /// names last, and where that mention starts: by its acronym ("SMO"), or by its name
    /// with the acronym after it ("Sahel Migration Observatory (SMO)").
    pub fn introduced_ending_at(&self, end: usize) -> Option<(&Organisation, usize)> {
        let before = self.text().get(..end)?.trim_end();
        self.acronyms.iter().find_map(|i| {
            let in_parentheses = before
                .strip_suffix(')')
                .and_then(|r| r.strip_suffix(i.acronym.as_str()))
                .and_then(|r| r.strip_suffix('('));
            if let Some(open) = in_parentheses {
                let named = open
                    .strip_suffix(' ')
                    .and_then(|r| r.strip_suffix(i.folded.as_str()));
                return Some((&i.org, named.unwrap_or(open).len()));
            }
            let rest = before.strip_suffix(i.acronym.as_str())?;
            let word_start = !rest.ends_with(|c: char| c.is_alphanumeric() || c == '-');
            word_start.then_some((&i.org, rest.len()))
        })
    }

    /// The organisation an acronym introduced earlier in the page stands for.
    pub fn acronym(&self, word: &str) -> Option<&Organisation> {
        self.acronyms
            .iter()
            .find(|i| i.acronym == word)
            .map(|i| &i.org)
    }

    /// The most line breaks in a row within a paragraph: more end it.
    pub fn paragraph_breaks(&self) -> usize {
        paragraph_breaks(self.double_spaced)
    }

    /// The folded text.
    pub fn text(&self) -> &str {
        self.folded.as_str()
    }

    /// `text[start..end]`, or "" if out of range.
    pub fn slice(&self, start: usize, end: usize) -> &str {
        self.text().get(start..end).unwrap_or("")
    }

    /// The index of the first hit that starts at or after `start`, galloped to from the
    /// last lookup's.
    fn first_from(&self, start: usize) -> usize {
        let from = gallop(&self.hits, self.hint.get(), |h| h.start < start);
        self.hint.set(from);
        from
    }

    /// The hits that lie within `start..end`.
    pub fn hits_in(&self, start: usize, end: usize) -> &[Hit] {
        let rest = self.hits.get(self.first_from(start)..).unwrap_or(&[]);
        let within = rest
            .get(..gallop(rest, 0, |h| h.start < end))
            .unwrap_or(&[]);
        // Hits do not overlap, so only the last that starts before `end` may run past it.
        match within.split_last() {
            Some((last, before)) if last.end > end => before,
            _ => within,
        }
    }

    /// Whether a hit starts before folded offset `at` and ends after it: a name that a line
    /// break at `at` cuts ("Cabo" over "Verde").
    pub fn name_across(&self, at: usize) -> bool {
        let next = self.first_from(at);
        next.checked_sub(1)
            .and_then(|i| self.hits.get(i))
            .is_some_and(|h| h.end > at)
    }

    /// The first hit that lies within `start..end`: as `hits_in(start, end).first()`, with
    /// one search instead of three.
    pub fn first_hit_in(&self, start: usize, end: usize) -> Option<Hit> {
        // Hits do not overlap: the first that starts at or after `start` is the only one
        // that may come first, and it lies within if it ends in time.
        self.hits
            .get(self.first_from(start))
            .copied()
            .filter(|h| h.end <= end)
    }

    /// What a hit stands for.
    pub fn names(&self, hit: Hit) -> impl Iterator<Item = &Name> {
        self.lexicon.names(hit)
    }

    /// The input span of folded `start..end`.
    pub fn span(&self, start: usize, end: usize) -> Span {
        self.folded.input_span(start, end)
    }

    /// The input span of the announcement of folded `start..end`: with the marks its first
    /// line opens with ("## Dakar, 3 May 2019", "**Accra**, 4 June"), as the marks it ends
    /// with are.
    pub fn announcement_span(&self, start: usize, end: usize) -> Span {
        let marks = |r: std::ops::Range<usize>| {
            self.input
                .get(r)
                .is_some_and(|m| m.bytes().all(|b| matches!(b, b'*' | b'_' | b'#' | b' ')))
        };
        let s = self.folded.input_start_with(start, marks);
        Span::new(s, self.folded.input_end(end).max(s))
    }

    /// The input text of folded `start..end`.
    pub fn original(&self, start: usize, end: usize) -> &'a str {
        let span = self.span(start, end);
        self.input.get(span.range()).unwrap_or("")
    }

    /// The input text of folded `start..end`, cleaned for showing: repaired, without
    /// invisible characters, with single spaces.
    pub fn clean(&self, start: usize, end: usize) -> String {
        crate::text::clean(self.original(start, end))
    }

    /// The party a hit names: a country, a known organisation, or a country by its
    /// demonym when `demonyms` is set.
    pub fn party(&self, hit: Hit, demonyms: bool) -> Option<Party> {
        if !hit.may_name(class::COUNTRY | class::DEMONYM | class::ORGANISATION) {
            return None;
        }
        self.names(hit).find_map(|n| match n {
            Name::Country(c) => Some(Party::Country(*c)),
            Name::Demonym(c) if demonyms => Some(Party::Country(*c)),
            Name::Organisation(o) => Some(Party::Organisation(o.clone())),
            _ => None,
        })
    }

    /// What the one name filling folded `start..end` exactly stands for, as `pick` reads it
    /// from names of the kinds in `classes`.
    fn name_at<T>(
        &self,
        start: usize,
        end: usize,
        classes: u16,
        pick: impl Fn(&Name) -> Option<T>,
    ) -> Option<T> {
        let hit = self.first_hit_in(start, end)?;
        if hit.start != start || hit.end != end || !hit.may_name(classes) {
            return None;
        }
        self.names(hit).find_map(pick)
    }

    /// The country whose name fills folded `start..end` exactly ("Senegal" in "Dakar,
    /// Senegal, 3 May").
    pub fn country_at(&self, start: usize, end: usize) -> Option<Country> {
        self.name_at(start, end, class::COUNTRY, |n| match n {
            Name::Country(c) => Some(*c),
            _ => None,
        })
    }

    /// The known city whose name fills folded `start..end` exactly.
    pub fn city_at(&self, start: usize, end: usize) -> Option<City> {
        self.name_at(start, end, class::CITY, |n| match n {
            Name::City(c) => Some(*c),
            _ => None,
        })
    }

    /// Where the first meeting named in `start..end` ends, or `end` if none is: what a
    /// sentence tells up to its meeting, not what it goes on to tell ("met to prepare the
    /// next SOM").
    pub fn first_meeting_end(&self, start: usize, end: usize) -> usize {
        self.hits_in(start, end)
            .iter()
            .find(|&&h| self.kind(h).is_some())
            .map_or(end, |h| h.end)
    }

    /// The kind of meeting a hit names ("workshop", "Senior Officials' Meeting"); none
    /// where the word names a place of learning ("the Kofi Annan International
    /// Peacekeeping Training Centre", "a training centre").
    pub fn kind(&self, hit: Hit) -> Option<MeetingKind> {
        if !hit.may_name(class::KIND) || self.place_of_learning_after(hit.end) {
            return None;
        }
        self.names(hit).find_map(|n| match n {
            Name::Kind(k) => Some(*k),
            _ => None,
        })
    }

    /// Whether a word naming a place of learning follows folded offset `end`: "Centre",
    /// "Institute", "Academy" ...
    fn place_of_learning_after(&self, end: usize) -> bool {
        const PLACES: &[&str] = &[
            "centre",
            "center",
            "institute",
            "academy",
            "school",
            "college",
        ];
        // Most kinds are followed by no such word: its first letter tells.
        let next = self.text().as_bytes().get(end..end + 2);
        let Some(&[b' ', first]) = next else {
            return false;
        };
        if !matches!(first.to_ascii_lowercase(), b'c' | b'i' | b'a' | b's') {
            return false;
        }
        let after = crate::text::head(self.text().get(end + 1..).unwrap_or(""), 16);
        let word = after
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        crate::text::one_of(word, PLACES)
    }

    /// Whether a hit names a process, document or the dialogue itself.
    pub fn is_framework(&self, hit: Hit) -> bool {
        hit.may_name(class::PROCESS | class::DIALOGUE | class::DOCUMENT)
            && self
                .names(hit)
                .any(|n| matches!(n, Name::Process(_) | Name::Dialogue | Name::Document))
    }
}

/// The most acronyms read from one page.
const MAX_ACRONYMS: usize = 64;

/// An organisation the page introduces with its acronym: "the Sahel Migration Observatory
/// (SMO)".
struct Introduced {
    acronym: String,
    /// The name in the folded text, where readers find it.
    folded: String,
    /// The organisation, named as the input writes it.
    org: Organisation,
}

/// Where the capitalised name that ends at `end` starts: "Sahel Migration Observatory"
/// before " (SMO)".
fn name_before(text: &str, end: usize) -> Option<usize> {
    let before = crate::text::tail(text, end, 120);
    let mut start = before.len();
    let mut capitals = 0;
    for word in before.rsplit(' ') {
        let joiner = matches!(
            word,
            "of" | "for" | "and" | "on" | "de" | "du" | "des" | "la"
        );
        if word.starts_with(char::is_uppercase) && !word.eq_ignore_ascii_case("the") {
            capitals += 1;
        } else if !joiner || capitals == 0 {
            break;
        }
        start -= word.len() + usize::from(start > word.len());
        if capitals >= 8 {
            break;
        }
    }
    let name = before.get(start..)?;
    let lead = name.len() - name.trim_start_matches(|c: char| !c.is_uppercase()).len();
    (capitals >= 2).then_some(end - before.len() + start + lead)
}

/// An organisation named by capitalised words the lexicon does not know, at the start of
/// `text` (after "the"): "the Sahel Institute for Migration" → "Sahel Institute for
/// Migration". Stops before a role cue joined by "and". Gives the name and its length in
/// `text`.
pub(crate) fn unknown_organisation(text: &str) -> Option<(Organisation, usize)> {
    let lead = text.len() - text.trim_start().len();
    let mut rest = text.get(lead..).unwrap_or("");
    if rest
        .get(..4)
        .is_some_and(|w| w.eq_ignore_ascii_case("the "))
    {
        rest = rest.get(4..).unwrap_or("");
    }
    let offset = text.len() - rest.len();
    let mut end = 0;
    let mut words = 0;
    let mut cursor = 0;
    for word in rest.split_inclusive([' ', ',', '.', ';', ':', '(', ')']) {
        let bare = word.trim_end_matches([' ', ',', '.', ';', ':', '(', ')']);
        let capital = bare.starts_with(|c: char| c.is_uppercase());
        let joiner = matches!(
            bare,
            "of" | "for"
                | "and"
                | "on"
                | "the"
                | "de"
                | "du"
                | "des"
                | "la"
                | "les"
                | "pour"
                | "et"
                | "fur"
                | "del"
        );
        if bare.is_empty() || !(capital || (joiner && words > 0)) {
            break;
        }
        cursor += bare.len();
        if capital {
            words += 1;
            end = cursor;
        }
        if word.len() != bare.len() && !word.get(bare.len()..).unwrap_or("").starts_with(' ') {
            break;
        }
        cursor += word.len() - bare.len();
        if words > 12 {
            return None;
        }
    }
    let name = rest.get(..end)?.trim();
    // "Partner countries", "Member States", "National experts": a group described, not a
    // body named.
    let next = rest.get(end..).unwrap_or("").trim_start();
    let described = [
        name.rsplit(' ').next().unwrap_or(""),
        next.split([' ', ',', '.', ';', ')']).next().unwrap_or(""),
    ]
    .iter()
    .any(|w| GROUPS.iter().any(|g| g.eq_ignore_ascii_case(w)));
    if described {
        return None;
    }
    Organisation::named(name).map(|o| (o, offset + end))
}

/// The length of a group described, not named, that opens `text` and ends at a comma, a
/// joining "and" or the end: "Partner countries, European Commission" (a list item of
/// those who took part, but no party).
pub(crate) fn described_group(text: &str) -> Option<usize> {
    const MAX_WORDS: usize = 3;
    let lead = text.len() - text.trim_start().len();
    let mut len = lead;
    for word in text.get(lead..)?.split(' ').take(MAX_WORDS) {
        let bare = word.trim_end_matches([',', ';', '.']);
        if !bare.chars().all(char::is_alphabetic) || bare.is_empty() {
            return None;
        }
        len += bare.len();
        if GROUPS.iter().any(|g| g.eq_ignore_ascii_case(bare)) {
            let after = text.get(len..)?;
            let ends = after.is_empty()
                || after.starts_with([',', ';', '.'])
                || after.starts_with(" and ");
            return ends.then_some(len);
        }
        if bare.len() != word.len() {
            return None;
        }
        len += 1;
    }
    None
}

/// Plural nouns for people or countries taking part: a capitalised name that ends with
/// one, or runs on into one, describes a group rather than naming a body.
const GROUPS: &[&str] = &[
    "countries",
    "states",
    "delegations",
    "delegates",
    "experts",
    "representatives",
    "officials",
    "participants",
    "pays",
    "délégations",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_described_are_no_bodies_named() {
        assert_eq!(described_group("Partner countries, IOM"), Some(17));
        assert_eq!(described_group("Member States and IOM"), Some(13));
        assert_eq!(described_group("Partner countries met"), None);
        assert_eq!(described_group("IOM, UNHCR"), None);
        assert!(unknown_organisation("Member States").is_none());
        assert!(unknown_organisation("Partner countries").is_none());
        let (org, _) = unknown_organisation("the Atlas Partners, IOM").unwrap();
        assert_eq!(org.to_string(), "Atlas Partners");
    }

    #[test]
    fn hits_in_is_the_same_in_any_order_of_lookups() {
        let doc =
            Doc::new("Spain, Morocco and Senegal met in Dakar; then Mali and Niger met in Rabat.");
        let all = doc.hits.clone();
        let len = doc.text().len();
        for (start, end) in [(40, len), (0, 10), (20, 60), (0, len), (60, 61), (5, 5)] {
            let expected: Vec<Hit> = all
                .iter()
                .copied()
                .filter(|h| h.start >= start && h.end <= end)
                .collect();
            assert_eq!(
                doc.hits_in(start, end),
                expected.as_slice(),
                "{start}..{end}"
            );
        }
    }

    #[test]
    fn an_acronym_is_introduced_at_the_text_end_and_before_other_scripts() {
        for text in [
            "It was organised by the Sahel Migration Observatory (SMO)",
            "It was organised by the Sahel Migration Observatory (SMO) — المرصد",
        ] {
            let doc = Doc::new(text);
            assert_eq!(
                doc.acronym("SMO"),
                Some(&Organisation::Other("Sahel Migration Observatory".into())),
                "{text}"
            );
        }
    }

    #[test]
    fn a_kind_word_before_a_place_of_learning_names_no_kind() {
        let kinds = |text: &str| {
            let doc = Doc::new(text);
            doc.hits
                .iter()
                .filter_map(|&h| doc.kind(h))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            kinds(
                "a training at the Peacekeeping Training Centre; a workshop at the training college"
            ),
            [MeetingKind::Training, MeetingKind::Workshop]
        );
    }

    #[test]
    fn unknown_organisations_are_capitalised_runs() {
        let (org, len) = unknown_organisation(" the Sahel Institute for Migration.").unwrap();
        assert_eq!(
            org,
            Organisation::Other("Sahel Institute for Migration".into())
        );
        assert_eq!(len, " the Sahel Institute for Migration".len());
        let (org, _) = unknown_organisation("Foo Bar and co-chaired by X").unwrap();
        assert_eq!(org, Organisation::Other("Foo Bar".into()));
        assert!(unknown_organisation("the presiding countries").is_none());
    }
}
