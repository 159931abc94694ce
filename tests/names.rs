//! Names: every way announcements write a country, city, organisation or process, and the
//! traps (Niger in Nigeria, Guinea in Equatorial Guinea, place names inside process names).

use rabat::{Resolved, Role, resolve};

/// `tests/data/names.tsv`: one name and what it must resolve to per line.
#[test]
fn name_table_resolves() {
    let table = include_str!("data/names.tsv");
    let mut failures = Vec::new();
    let mut count = 0;
    for line in table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let (name, expected) = line.split_once('\t').expect("NAME<TAB>EXPECTED");
        count += 1;
        let got = match resolve(name) {
            None => "-".to_owned(),
            Some(Resolved::Country(c)) => c.alpha2().to_owned(),
            Some(Resolved::City(c)) => format!("city:{}:{}", c.name(), c.country()),
            Some(Resolved::Organisation(o)) => format!("org:{o}"),
            Some(Resolved::Process(p)) => format!("process:{p}"),
            Some(Resolved::Ambiguous(all)) => {
                let mut codes: Vec<&str> = all.iter().map(|c| c.alpha2()).collect();
                codes.sort();
                format!("ambiguous:{}", codes.join(","))
            }
            Some(other) => format!("{other:?}"),
        };
        if got != expected {
            failures.push(format!("{name:?}: expected {expected}, got {got}"));
        }
    }
    assert!(count >= 300, "the table has {count} names");
    assert!(
        failures.is_empty(),
        "{} of {count} names wrong:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[track_caller]
fn roles(page: &str) -> Vec<String> {
    let parsed = rabat::parse_page(page);
    assert_eq!(parsed.meetings.len(), 1, "{page}");
    parsed.meetings[0]
        .roles
        .iter()
        .map(|r| format!("{}:{}", r.role, r.party))
        .collect()
}

#[test]
fn longest_names_win_in_running_text() {
    let got = roles(
        "Niamey, 3 May 2019, hosted by the Republic of the Niger and co-chaired by Nigeria, \
         Guinea Bissau, Equatorial Guinea and Guinea.",
    );
    assert_eq!(
        got,
        [
            "host:Niger",
            "co_chair:Guinea",
            "co_chair:Equatorial Guinea",
            "co_chair:Guinea-Bissau",
            "co_chair:Nigeria",
        ]
    );
    let got =
        roles("Juba, 3 May 2019, co-chaired by South Sudan and Sudan and the Dominican Republic.");
    assert_eq!(
        got,
        [
            "co_chair:Dominican Republic",
            "co_chair:Sudan",
            "co_chair:South Sudan"
        ]
    );
}

#[test]
fn place_names_inside_process_names_are_no_venue_and_no_party() {
    let page = "Brussels, 5 March 2019, chaired by Belgium.\nThe meeting of the Rabat Process \
        reviewed the Khartoum Process, the Niamey Declaration, the Valletta Summit, the \
        Marrakesh Action Plan and the Dakar Strategy.";
    let m = &rabat::parse_page(page).meetings[0];
    assert_eq!(m.country.map(|c| c.alpha2()), Some("BE"));
    assert_eq!(m.roles.len(), 1);
    let processes: Vec<&str> = m.processes.iter().map(|p| p.as_str()).collect();
    assert_eq!(
        processes,
        [
            "khartoum_process",
            "niamey_declaration",
            "marrakesh_action_plan"
        ]
    );
}

#[test]
fn theme_words_inside_the_names_of_other_forums_are_no_theme() {
    let page = "Geneva, 9 December 2022.\nThe Rabat Process organised a side event in the \
        margins of the Global Forum on Migration and Development (GFMD), after the \
        Migration and Mobility Dialogue.";
    let m = &rabat::parse_page(page).meetings[0];
    assert!(m.themes.is_empty(), "{:?}", m.themes);
    // The same words outside a name are the theme.
    let page = "Geneva, 9 December 2022.\nThe side event was about migration and development.";
    assert_eq!(rabat::parse_page(page).meetings[0].themes.len(), 1);
}

#[test]
fn spellings_and_demonyms_in_prose() {
    let page = "Abidjan, 3 May 2019, hosted by Cote d\u{2019}Ivoire.\nThe meeting was held under \
        the co-presidency of the Moroccan Chairmanship and Tchad. Burkina Faso, Nigeria and \
        the Congolese delegation took part.";
    let m = &rabat::parse_page(page).meetings[0];
    let co_chairs: Vec<String> = m.parties(Role::CoChair).map(|p| p.to_string()).collect();
    assert_eq!(co_chairs, ["Morocco", "Chad"]);
}

#[test]
fn ambiguous_demonyms_are_reported_not_guessed() {
    assert!(matches!(resolve("Congolese"), Some(Resolved::Ambiguous(all)) if all.len() == 2));
    assert_eq!(
        "Congolese"
            .parse::<rabat::Country>()
            .unwrap_err()
            .to_string(),
        r#"unknown country "Congolese""#
    );
}

#[test]
fn acronyms_introduced_by_the_page_name_their_organisation() {
    let page = "Dakar, 3 May 2019, organised by the Sahel Migration Observatory (SMO).\n\
        The workshop was co-chaired by SMO and Senegal. IOM and SMO organised a field visit.";
    let m = &rabat::parse_page(page).meetings[0];
    let got: Vec<String> = m
        .roles
        .iter()
        .map(|r| format!("{}:{}", r.role, r.party))
        .collect();
    assert_eq!(
        got,
        [
            "co_chair:Senegal",
            "co_chair:Sahel Migration Observatory",
            "organiser:IOM",
            "organiser:Sahel Migration Observatory",
        ]
    );
}

#[test]
fn a_body_on_the_header_line_is_still_read() {
    // Scraped pages may lose the line break after a card's header; the header grammar
    // reads its clauses, and the prose reads the rest of the line.
    let got = roles(
        "Madrid, 1-2 July 2019, hosted by Spain. The meeting was co-chaired by Morocco. \
         Senegal took part as an observer.",
    );
    assert_eq!(got, ["host:Spain", "co_chair:Morocco", "observer:Senegal"]);
}
