//! Generators of model values for property tests and benches: every country and kind,
//! dates of every precision, known and unknown organisations, whole meetings.

// Each test and bench crate that includes this file uses only part of it.
#![allow(dead_code)]

use chrono::Datelike;
use proptest::prelude::*;
use rabat::{
    City, Country, DateSpan, Meeting, MeetingKind, Mode, Organisation, PartialDate, Participants,
    Party, PartyRole, Process, Role, Span, Theme,
};

/// Cities the lexicon knows, with spellings of every kind.
pub const CITIES: &[&str] = &[
    "Madrid",
    "Rabat",
    "Cidade Velha",
    "Lomé",
    "N'Djamena",
    "Luxembourg",
    "Praia",
    "Abidjan",
    "São Tomé",
    "The Hague",
    "Addis Ababa",
    "Porto-Novo",
    "Las Palmas",
    "Brussels",
];

/// Words for organisations the lexicon does not know.
pub const WORDS: &[&str] = &[
    "Sahel",
    "Atlas",
    "Coastal",
    "Migration",
    "Observatory",
    "Institute",
    "Partners",
    "Foundation",
    "Network",
    "Council",
];

pub fn country() -> impl Strategy<Value = Country> {
    let all: Vec<Country> = Country::all().collect();
    prop::sample::select(all)
}

pub fn organisation() -> impl Strategy<Value = Organisation> {
    prop_oneof![
        prop::sample::select(Organisation::KNOWN.to_vec()),
        prop::collection::vec(prop::sample::select(WORDS.to_vec()), 2..4)
            .prop_map(|words| Organisation::Other(words.join(" "))),
    ]
}

pub fn party() -> impl Strategy<Value = Party> {
    prop_oneof![
        3 => country().prop_map(Party::Country),
        1 => organisation().prop_map(Party::Organisation),
    ]
}

pub fn role() -> impl Strategy<Value = Role> {
    prop::sample::select(Role::ALL.to_vec())
}

pub fn partial_date() -> impl Strategy<Value = PartialDate> {
    (1990i32..2035, 1u32..=12, 1u32..=28, 0u8..3).prop_map(|(y, m, d, precision)| match precision {
        0 => PartialDate::ymd(y, m, d).unwrap(),
        1 => PartialDate::month_only(y, m).unwrap(),
        _ => PartialDate::year_only(y).unwrap(),
    })
}

/// Any span: announcements' own forms, and ends of different precision.
pub fn date_span() -> impl Strategy<Value = DateSpan> {
    (partial_date(), 0u32..400, any::<bool>()).prop_map(|(start, days, same_precision)| {
        let first = start.first_day();
        let last = first + chrono::Duration::days(i64::from(days));
        let end = match (same_precision, start.month(), start.day()) {
            (true, Some(_), Some(_)) => PartialDate::from(last),
            (true, Some(_), None) => PartialDate::month_only(last.year(), last.month()).unwrap(),
            (true, None, _) => PartialDate::year_only(start.year() + (days / 200) as i32).unwrap(),
            (false, ..) => PartialDate::from(last),
        };
        DateSpan::new(start, end).unwrap()
    })
}

pub fn participants() -> impl Strategy<Value = Option<Participants>> {
    let figure = prop::option::of(0u32..100_000);
    prop::option::of((figure.clone(), figure.clone(), figure.clone(), figure)).prop_map(|p| {
        p.map(|(people, countries, european, african)| Participants {
            people,
            countries,
            european,
            african,
        })
        .filter(|p| !p.is_empty())
    })
}

pub fn text() -> impl Strategy<Value = String> {
    "[A-Za-zÀ-ÿ0-9 ,;:\"'()\\-–“”’\n]{1,60}"
}

/// Any meeting, within what the model allows.
pub fn meeting() -> impl Strategy<Value = Meeting> {
    let venue = prop_oneof![
        Just((None, None)),
        country().prop_map(|c| (None, Some(c))),
        prop::sample::select(CITIES.to_vec()).prop_map(|c| {
            let city: City = c.parse().unwrap();
            (Some(c.to_owned()), Some(city.country()))
        }),
        (prop::sample::select(CITIES.to_vec()), country())
            .prop_map(|(c, k)| (Some(c.to_owned()), Some(k))),
    ];
    (
        venue,
        prop::option::of(date_span()),
        prop::sample::select(MeetingKind::ALL.to_vec()),
        prop::option::of(text()),
        prop::option::of(prop::sample::select(Mode::ALL.to_vec())),
        prop::collection::btree_set(
            (role(), party()).prop_map(|(role, party)| PartyRole { role, party }),
            0..8,
        ),
        prop::collection::btree_set(prop::sample::select(Theme::ALL.to_vec()), 0..4),
        prop::collection::btree_set(prop::sample::select(Process::ALL.to_vec()), 0..3),
        participants(),
        (text(), text(), 0usize..10_000, 0usize..10_000),
    )
        .prop_map(
            |(
                (city, country),
                date,
                kind,
                title,
                mode,
                roles,
                themes,
                processes,
                participants,
                (header, body, a, b),
            )| {
                Meeting {
                    city,
                    country,
                    date,
                    kind,
                    title,
                    mode,
                    roles: roles.into_iter().collect(),
                    themes: themes.into_iter().collect(),
                    processes: processes.into_iter().collect(),
                    participants,
                    header,
                    body,
                    span: Span::new(a, b),
                }
            },
        )
}
