//! Queries and aggregations over the bundled real page, with answers checked by hand
//! against the page's text.

use chrono::NaiveDate;
use rabat::{ActionArea, Archive, Country, MeetingKind, Mode, Process, Query, Role, Theme};

const PAGE: &str = include_str!("data/thematic-meetings-page-1.txt");

fn archive() -> Archive {
    rabat::parse_page(PAGE).meetings.into_iter().collect()
}

fn c(code: &str) -> Country {
    Country::from_alpha2(code).unwrap()
}

#[track_caller]
fn cities(archive: &Archive, q: &Query) -> Vec<String> {
    archive
        .select(q)
        .map(|m| m.city.clone().unwrap_or_default())
        .collect()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn the_archive_is_chronological_and_keeps_each_announcement_once() {
    let mut a = archive();
    let order: Vec<String> = a.iter().map(|m| m.city.clone().unwrap()).collect();
    assert_eq!(
        order,
        [
            "Rabat",
            "Porto",
            "Brussels",
            "Cidade Velha",
            "Luxor",
            "Paris",
            "Madrid",
            "Abidjan",
            "Abidjan"
        ]
    );
    // The two Abidjan announcements share a date and keep the page's order.
    assert_eq!(a[7].kind, MeetingKind::Workshop);
    assert_eq!(a[8].kind, MeetingKind::SideEvent);
    assert_eq!(a.add_page(PAGE).len(), 0);
    assert_eq!(a.len(), 9);
    let undated = rabat::Meeting::default();
    assert!(a.insert(undated.clone()));
    assert!(!a.insert(undated));
    assert_eq!(a.iter().last().unwrap().date, None);
    let json = serde_json::to_string(&a).unwrap();
    assert_eq!(serde_json::from_str::<Archive>(&json).unwrap(), a);
}

#[test]
fn every_filter() {
    let a = archive();
    assert_eq!(
        cities(&a, &Query::new().country(c("MA"))),
        ["Rabat", "Madrid"]
    );
    assert_eq!(cities(&a, &Query::new().hosted_by(c("EG"))), ["Luxor"]);
    assert_eq!(
        cities(&a, &Query::new().country_with_role(c("EG"), Role::Chair)),
        ["Luxor"]
    );
    assert_eq!(
        cities(&a, &Query::new().country_with_role(c("PT"), Role::CoChair)),
        ["Cidade Velha"]
    );
    assert_eq!(
        cities(&a, &Query::new().country_with_role(c("LB"), Role::Guest)),
        ["Madrid"]
    );
    assert_eq!(cities(&a, &Query::new().role(Role::Organiser)), ["Abidjan"]);
    assert_eq!(
        cities(&a, &Query::new().role(Role::Participant)),
        ["Madrid"]
    );
    assert!(cities(&a, &Query::new().role(Role::Observer)).is_empty());
    assert_eq!(
        cities(&a, &Query::new().country(c("FR"))),
        ["Paris", "Abidjan"]
    );
    assert_eq!(
        cities(&a, &Query::new().venue(c("CI"))),
        ["Abidjan", "Abidjan"]
    );
    assert_eq!(
        cities(&a, &Query::new().city("cidade velha")),
        ["Cidade Velha"]
    );
    assert_eq!(
        cities(&a, &Query::new().theme(Theme::BorderManagement)),
        ["Madrid"]
    );
    assert_eq!(
        cities(&a, &Query::new().area(ActionArea::IrregularMigration)),
        ["Porto", "Madrid", "Abidjan"]
    );
    assert_eq!(
        cities(&a, &Query::new().kind(MeetingKind::ThematicMeeting)),
        ["Luxor", "Paris"]
    );
    assert!(cities(&a, &Query::new().mode(Mode::Virtual)).is_empty());
    assert_eq!(
        cities(&a, &Query::new().year(2016)),
        ["Brussels", "Cidade Velha"]
    );
    // Brussels ends on 1 June 2016: it overlaps a range that starts that day.
    assert_eq!(
        cities(
            &a,
            &Query::new().between(day(2016, 6, 1), day(2016, 12, 31))
        ),
        ["Brussels", "Cidade Velha"]
    );
    assert_eq!(
        cities(&a, &Query::new().process(Process::KhartoumProcess)),
        ["Cidade Velha", "Luxor", "Abidjan"]
    );
    // Conjunctions.
    let q = Query::new()
        .country(c("ES"))
        .theme(Theme::BorderManagement)
        .year(2019);
    assert_eq!(cities(&a, &q), ["Madrid"]);
    assert!(cities(&a, &Query::new().hosted_by(c("ES")).year(2015)).is_empty());
    assert_eq!(a.select(&Query::new()).count(), 9);
}

#[test]
fn every_aggregation() {
    let a = archive();
    let years: Vec<(i32, usize)> = a.per_year().into_iter().collect();
    assert_eq!(
        years,
        [(2015, 2), (2016, 2), (2017, 1), (2018, 1), (2019, 3)]
    );
    let themes = a.per_theme();
    assert_eq!(themes[&Theme::MigrantSmuggling], 2);
    assert_eq!(themes[&Theme::TraffickingInHumanBeings], 2);
    assert_eq!(themes[&Theme::AsylumAndProtection], 1);
    assert_eq!(themes.values().sum::<usize>(), 10);
    let areas: Vec<(&str, usize)> = a
        .per_area()
        .into_iter()
        .map(|(k, v)| (k.as_str(), v))
        .collect();
    assert_eq!(
        areas,
        [
            ("1", 1),
            ("2", 1),
            ("3", 1),
            ("4", 3),
            ("5", 1),
            ("cross_cutting", 1)
        ]
    );
    let kinds: Vec<(&str, usize)> = a
        .per_kind()
        .into_iter()
        .map(|(k, v)| (k.as_str(), v))
        .collect();
    assert_eq!(
        kinds,
        [
            ("thematic_meeting", 2),
            ("technical_meeting", 1),
            ("workshop", 1),
            ("side_event", 1),
            ("meeting", 4)
        ]
    );
    let hosts: Vec<(&str, usize)> = a
        .ranking(Role::Host)
        .into_iter()
        .map(|(c, n)| (c.alpha2(), n))
        .collect();
    assert_eq!(
        hosts,
        [
            ("BE", 1),
            ("CI", 1),
            ("CV", 1),
            ("EG", 1),
            ("ES", 1),
            ("FR", 1),
            ("MA", 1),
            ("PT", 1)
        ]
    );
    let network: Vec<(&str, &str, usize)> = a
        .co_chairs()
        .iter()
        .map(|p| (p.pair.0.alpha2(), p.pair.1.alpha2(), p.meetings.len()))
        .collect();
    assert_eq!(network, [("ES", "MA", 2), ("BE", "CI", 1), ("CV", "PT", 1)]);
    let (first, last) = a.first_and_last(c("ES")).unwrap();
    assert_eq!(
        (first.city.as_deref(), last.city.as_deref()),
        (Some("Rabat"), Some("Madrid"))
    );
    assert!(a.first_and_last(c("DE")).is_none());
    let never = a.never_involved();
    assert_eq!(never.len(), Country::partners().count() - 9);
    assert!(!never.contains(&c("SN")) && never.contains(&c("DE")));
}

#[test]
fn country_questions() {
    assert!(c("MA").is_partner() && !c("LB").is_partner());
    assert!(c("DZ").is_observer());
    assert_eq!(c("SN").region(), rabat::Region::WestAfrica);
    assert_eq!(
        (c("CV").alpha2(), c("CV").alpha3(), c("CV").name()),
        ("CV", "CPV", "Cabo Verde")
    );
}
