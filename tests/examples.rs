//! The examples run as users run them, so they cannot rot.

use std::process::Command;

#[track_caller]
fn run_example(name: &str, args: &[&str]) -> (bool, String, String) {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["run", "--quiet", "--example", name, "--"])
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn extract_prints_a_table_of_the_bundled_page() {
    let (ok, stdout, _) = run_example("extract", &[]);
    assert!(ok);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 10, "a header row and nine meetings:\n{stdout}");
    assert!(lines[0].starts_with("CITY"));
    assert!(lines[3].starts_with("Madrid         ES  2019-07-01 2019-07-02 technical_meeting"));
}

#[test]
fn extract_prints_json_lines() {
    let (ok, stdout, _) = run_example(
        "extract",
        &[
            "--format",
            "jsonl",
            "tests/data/thematic-meetings-page-1.txt",
        ],
    );
    assert!(ok);
    let records: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records.len(), 9);
    assert_eq!(records[6]["city"], "Cidade Velha");
    assert_eq!(records[6]["country"], "CV");
    let back: rabat::Meeting = serde_json::from_value(records[2].clone()).unwrap();
    assert_eq!(back.city.as_deref(), Some("Madrid"));
}

#[test]
fn extract_reports_bad_input_without_panicking() {
    let dir = std::env::temp_dir().join(format!("rabat-extract-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("latin1.txt");
    std::fs::write(&bad, b"Dakar, 3 May 2019, hosted by S\xe9n\xe9gal.").unwrap();
    let (ok, _, stderr) = run_example("extract", &[bad.to_str().unwrap()]);
    assert!(!ok);
    assert!(
        stderr.contains("input is not UTF-8 text: invalid byte 0xe9 at offset 30"),
        "{stderr}"
    );
    let (ok, _, stderr) = run_example("extract", &["--format", "xml"]);
    assert!(!ok);
    assert!(
        stderr.contains(
            r#"--format takes table, jsonl or csv (ics with the feature `ics`), found "xml""#
        ),
        "{stderr}"
    );
    let (ok, _, stderr) = run_example("extract", &[dir.join("missing.txt").to_str().unwrap()]);
    assert!(!ok);
    assert!(stderr.contains("cannot read"), "{stderr}");
}

#[test]
fn resolve_prints_one_json_object_per_name() {
    let (ok, stdout, _) = run_example(
        "resolve",
        &[
            "Cote d'Ivoire",
            "Abidjan",
            "ICMPD",
            "Khartoum Process",
            "Congolese",
            "Atlantis",
        ],
    );
    assert!(ok);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines,
        [
            r#"{"text":"Cote d'Ivoire","match":{"country":"CI"}}"#,
            r#"{"text":"Abidjan","match":{"city":"Abidjan","country":"CI"}}"#,
            r#"{"text":"ICMPD","match":{"organisation":"ICMPD"}}"#,
            r#"{"text":"Khartoum Process","match":{"process":"khartoum_process"}}"#,
            r#"{"text":"Congolese","match":{"ambiguous":["CG","CD"]}}"#,
            r#"{"text":"Atlantis","match":null}"#,
        ]
    );
}

#[test]
fn query_answers_questions_from_the_command_line() {
    let (ok, stdout, _) = run_example("query", &["--count-by", "year"]);
    assert!(ok);
    assert_eq!(stdout, "2019\t3\n2015\t2\n2016\t2\n2017\t1\n2018\t1\n");
    let (ok, stdout, _) = run_example(
        "query",
        &["--country", "MA", "--role", "co_chair", "--format", "jsonl"],
    );
    assert!(ok);
    let cities: Vec<String> = stdout
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["city"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(cities, ["Rabat", "Madrid"]);
    let (ok, stdout, _) = run_example("query", &["--count-by", "co_chair", "--from", "2016-01-01"]);
    assert!(ok);
    assert_eq!(stdout.lines().count(), 8);
    assert!(stdout.starts_with("BE\t1\n"));
    let (ok, stdout, _) = run_example("query", &["--area", "4", "--count-by", "theme"]);
    assert!(ok);
    assert_eq!(
        stdout,
        "migrant_smuggling\t2\ntrafficking_in_human_beings\t2\nborder_management\t1\n"
    );
    let (ok, _, stderr) = run_example("query", &["--colour", "red"]);
    assert!(!ok);
    assert!(stderr.contains(r#"unknown option "--colour""#), "{stderr}");
    let (ok, _, stderr) = run_example("query", &["--theme", "weather"]);
    assert!(!ok);
    assert!(stderr.contains(r#"unknown theme "weather""#), "{stderr}");
}

#[test]
fn extract_writes_csv_that_reads_back() {
    let (ok, stdout, _) = run_example("extract", &["--format", "csv"]);
    assert!(ok);
    let mut lines = stdout.lines();
    assert_eq!(
        lines.next(),
        Some(
            "city,country,country_name,start,end,kind,title,mode,hosts,chairs,co_chairs,organisers,participants,observers,guests,themes,areas,processes,people,countries,european,african"
        )
    );
    assert_eq!(lines.count(), 9);
    let back = rabat::read_csv(stdout.as_bytes()).unwrap();
    assert_eq!(back[2].city.as_deref(), Some("Madrid"));
    assert_eq!(back[2].participants.and_then(|p| p.people), Some(80));
}

#[test]
fn every_example_answers_help_with_its_usage() {
    for name in ["extract", "query", "resolve"] {
        let (ok, stdout, _) = run_example(name, &["--help"]);
        assert!(ok, "{name}");
        assert!(
            stdout.starts_with(&format!("usage: {name}")),
            "{name}: {stdout}"
        );
    }
}
