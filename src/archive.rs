//! `Archive`: a chronological collection of meetings, and the aggregations users ask of it.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Index;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::diagnostic::Diagnostic;
use crate::model::{ActionArea, Country, Meeting, MeetingKind, Party, Role, Theme};
use crate::query::Query;

/// Meetings in chronological order: by first day, in the order they were added for equal
/// dates, meetings without a date last. The same announcement added twice is kept once (two
/// meetings are the same when every field but the span agrees, so a page parsed twice, or an
/// announcement found on two pages, counts once).
///
/// JSON form is an array of meeting records.
///
/// ```
/// use rabat::{Archive, Role};
///
/// let mut archive = Archive::new();
/// archive.add_page(include_str!("../tests/data/thematic-meetings-page-1.txt"));
/// archive.add_page(include_str!("../tests/data/thematic-meetings-page-1.txt"));
/// assert_eq!(archive.len(), 9);
/// assert_eq!(archive[0].city.as_deref(), Some("Rabat")); // 15-16 June 2015, the earliest
///
/// // Which countries co-chaired most?
/// let top: Vec<(&str, usize)> = archive
///     .ranking(Role::CoChair)
///     .into_iter()
///     .take(3)
///     .map(|(c, n)| (c.alpha2(), n))
///     .collect();
/// assert_eq!(top, [("ES", 2), ("MA", 2), ("BE", 1)]);
/// # Ok::<(), rabat::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "Vec<Meeting>", into = "Vec<Meeting>")]
pub struct Archive {
    meetings: Vec<Meeting>,
}

/// Two countries that co-chaired meetings together, and those meetings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoChairs<'a> {
    /// The two countries, in alpha-2 order.
    pub pair: (Country, Country),
    /// The meetings they co-chaired together, in chronological order.
    pub meetings: Vec<&'a Meeting>,
}

/// Where a meeting sorts: its first day, meetings without a date after all others.
fn sort_key(m: &Meeting) -> (bool, NaiveDate) {
    match m.date {
        Some(d) => (false, d.start().first_day()),
        None => (true, NaiveDate::MIN),
    }
}

/// Whether two meetings say the same, wherever in which input they were found.
fn same_announcement(a: &Meeting, b: &Meeting) -> bool {
    a.date == b.date
        && a.city == b.city
        && a.country == b.country
        && a.kind == b.kind
        && a.title == b.title
        && a.mode == b.mode
        && a.roles == b.roles
        && a.themes == b.themes
        && a.processes == b.processes
        && a.participants == b.participants
        && a.header == b.header
        && a.body == b.body
}

impl Archive {
    /// An empty archive.
    pub fn new() -> Archive {
        Archive::default()
    }

    /// Adds a meeting in its chronological place; false (and nothing added) when the
    /// archive already holds the same announcement.
    pub fn insert(&mut self, meeting: Meeting) -> bool {
        let key = sort_key(&meeting);
        let from = self.meetings.partition_point(|m| sort_key(m) < key);
        let to = self.meetings.partition_point(|m| sort_key(m) <= key);
        let known = self
            .meetings
            .get(from..to)
            .is_some_and(|same_day| same_day.iter().any(|m| same_announcement(m, &meeting)));
        if known {
            return false;
        }
        self.meetings.insert(to, meeting);
        true
    }

    /// Parses a page and adds its meetings; gives the page's diagnostics.
    pub fn add_page(&mut self, text: &str) -> Vec<Diagnostic> {
        let parsed = crate::parse_page(text);
        self.extend(parsed.meetings);
        parsed.diagnostics
    }

    /// The number of meetings.
    pub fn len(&self) -> usize {
        self.meetings.len()
    }

    /// Whether the archive holds no meeting.
    pub fn is_empty(&self) -> bool {
        self.meetings.is_empty()
    }

    /// The meeting at `index` in chronological order.
    pub fn get(&self, index: usize) -> Option<&Meeting> {
        self.meetings.get(index)
    }

    /// The meetings in chronological order.
    pub fn iter(&self) -> std::slice::Iter<'_, Meeting> {
        self.meetings.iter()
    }

    /// The meetings as a slice, in chronological order.
    pub fn as_slice(&self) -> &[Meeting] {
        &self.meetings
    }

    /// The meetings that match `query`, in chronological order.
    pub fn select<'a>(&'a self, query: &'a Query) -> impl Iterator<Item = &'a Meeting> + 'a {
        self.meetings.iter().filter(move |m| query.matches(m))
    }

    /// A new archive of the meetings that match `query`, to aggregate over.
    pub fn filtered(&self, query: &Query) -> Archive {
        Archive {
            meetings: self.select(query).cloned().collect(),
        }
    }

    /// Meetings per year of their first day; meetings without a date are not counted.
    pub fn per_year(&self) -> BTreeMap<i32, usize> {
        let mut counts = BTreeMap::new();
        for m in &self.meetings {
            if let Some(start) = m.start() {
                *counts.entry(start.year()).or_insert(0) += 1;
            }
        }
        counts
    }

    /// Meetings per theme; a meeting about several themes counts for each.
    pub fn per_theme(&self) -> BTreeMap<Theme, usize> {
        let mut counts = BTreeMap::new();
        for theme in self.meetings.iter().flat_map(|m| &m.themes) {
            *counts.entry(theme).or_insert(0) += 1;
        }
        counts
    }

    /// Meetings per action area; a meeting counts once for each area its themes touch.
    pub fn per_area(&self) -> BTreeMap<ActionArea, usize> {
        let mut counts = BTreeMap::new();
        for m in &self.meetings {
            for area in m.areas() {
                *counts.entry(area).or_insert(0) += 1;
            }
        }
        counts
    }

    /// Meetings per kind.
    pub fn per_kind(&self) -> BTreeMap<MeetingKind, usize> {
        let mut counts = BTreeMap::new();
        for m in &self.meetings {
            *counts.entry(m.kind).or_insert(0) += 1;
        }
        counts
    }

    /// Countries by the number of meetings in which they played `role`, most first, ties in
    /// alpha-2 order.
    pub fn ranking(&self, role: Role) -> Vec<(Country, usize)> {
        let mut counts: BTreeMap<Country, usize> = BTreeMap::new();
        for m in &self.meetings {
            let countries: BTreeSet<Country> = m.parties(role).filter_map(Party::country).collect();
            for c in countries {
                *counts.entry(c).or_insert(0) += 1;
            }
        }
        let mut ranked: Vec<(Country, usize)> = counts.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked
    }

    /// The co-chair network: every pair of countries that co-chaired a meeting together,
    /// with the meetings, most meetings first, ties in alpha-2 order.
    pub fn co_chairs(&self) -> Vec<CoChairs<'_>> {
        let mut pairs: BTreeMap<(Country, Country), Vec<&Meeting>> = BTreeMap::new();
        for m in &self.meetings {
            let chairs: Vec<Country> = m
                .parties(Role::CoChair)
                .filter_map(Party::country)
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect();
            for (i, a) in chairs.iter().enumerate() {
                for b in chairs.get(i + 1..).unwrap_or(&[]) {
                    pairs.entry((*a, *b)).or_default().push(m);
                }
            }
        }
        let mut network: Vec<CoChairs<'_>> = pairs
            .into_iter()
            .map(|(pair, meetings)| CoChairs { pair, meetings })
            .collect();
        network.sort_by(|a, b| {
            b.meetings
                .len()
                .cmp(&a.meetings.len())
                .then(a.pair.cmp(&b.pair))
        });
        network
    }

    /// The first and the last meeting in which `country` played any role.
    pub fn first_and_last(&self, country: Country) -> Option<(&Meeting, &Meeting)> {
        let mut involved = self.meetings.iter().filter(|m| m.involves(country, None));
        let first = involved.next()?;
        Some((first, involved.next_back().unwrap_or(first)))
    }

    /// Partners of the Rabat Process that played no role in any meeting, in alpha-2 order.
    pub fn never_involved(&self) -> Vec<Country> {
        let involved: BTreeSet<Country> = self
            .meetings
            .iter()
            .flat_map(|m| m.roles.iter().filter_map(|r| r.party.country()))
            .collect();
        Country::partners()
            .filter(|c| !involved.contains(c))
            .collect()
    }
}

impl From<Vec<Meeting>> for Archive {
    fn from(meetings: Vec<Meeting>) -> Archive {
        meetings.into_iter().collect()
    }
}

impl From<Archive> for Vec<Meeting> {
    fn from(archive: Archive) -> Vec<Meeting> {
        archive.meetings
    }
}

impl FromIterator<Meeting> for Archive {
    fn from_iter<I: IntoIterator<Item = Meeting>>(iter: I) -> Archive {
        let mut archive = Archive::new();
        archive.extend(iter);
        archive
    }
}

impl Extend<Meeting> for Archive {
    /// Adds many meetings at once: appended, then put in order in one stable sort, which
    /// keeps the first of the same announcement added twice.
    fn extend<I: IntoIterator<Item = Meeting>>(&mut self, iter: I) {
        let before = self.meetings.len();
        self.meetings.extend(iter);
        if self.meetings.len() == before {
            return;
        }
        self.meetings.sort_by_key(sort_key);
        let mut kept: Vec<Meeting> = Vec::with_capacity(self.meetings.len());
        let mut run_start = 0;
        for m in self.meetings.drain(..) {
            if kept.last().map(sort_key) != Some(sort_key(&m)) {
                run_start = kept.len();
            }
            let seen = kept
                .get(run_start..)
                .is_some_and(|run| run.iter().any(|k| same_announcement(k, &m)));
            if !seen {
                kept.push(m);
            }
        }
        self.meetings = kept;
    }
}

impl IntoIterator for Archive {
    type Item = Meeting;
    type IntoIter = std::vec::IntoIter<Meeting>;

    fn into_iter(self) -> Self::IntoIter {
        self.meetings.into_iter()
    }
}

impl<'a> IntoIterator for &'a Archive {
    type Item = &'a Meeting;
    type IntoIter = std::slice::Iter<'a, Meeting>;

    fn into_iter(self) -> Self::IntoIter {
        self.meetings.iter()
    }
}

impl Index<usize> for Archive {
    type Output = Meeting;

    /// # Panics
    /// When `index` is out of range, as slices do; [`Archive::get`] does not.
    #[allow(clippy::indexing_slicing)]
    fn index(&self, index: usize) -> &Meeting {
        &self.meetings[index]
    }
}
