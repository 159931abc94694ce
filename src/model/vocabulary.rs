//! The closed vocabularies of the record contract: roles, kinds, themes, action areas,
//! processes and modes. Each has `as_str`/`FromStr`/`Display` with the ids of `RECORD.md`,
//! serialises as that id, and lists its variants in `ALL`.

/// Declares a closed vocabulary enum with its ids.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        pub enum $name:ident ($what:literal) {
            $( $(#[$vmeta:meta])* $variant:ident => $id:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every value, in the order of the record contract.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value's id in the record contract.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $id,)+
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = crate::Error;

            /// Reads the id of the record contract, ignoring case and surrounding space.
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let wanted = s.trim();
                Self::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str().eq_ignore_ascii_case(wanted))
                    .ok_or_else(|| crate::Error::unknown($what, s))
            }
        }

        crate::model::text_serde!($name);

        impl crate::model::set::Sealed for $name {}

        impl crate::model::Vocabulary for $name {
            const VALUES: &'static [$name] = $name::ALL;

            fn index(self) -> usize {
                self as usize
            }
        }

        // A `Set` keeps one bit per value.
        const _: () = assert!($name::ALL.len() <= 64);
    };
}

vocabulary! {
    /// The part a party plays in a meeting.
    pub enum Role ("role") {
        /// Hosted the meeting (`hosted by X`, `at the invitation of X`).
        Host => "host",
        /// Chaired the meeting alone (`chaired by X`, `under the presidency of X`).
        Chair => "chair",
        /// One of several chairs (`co-chaired by X and Y`, `under the co-presidency of ...`).
        CoChair => "co_chair",
        /// Organised the meeting (`organised by X`).
        Organiser => "organiser",
        /// Took part in the meeting.
        Participant => "participant",
        /// Took part as an observer.
        Observer => "observer",
        /// Was invited although not a partner of the dialogue.
        Guest => "guest",
    }
}

vocabulary! {
    /// What sort of meeting it was; `Meeting` (any other or unstated kind) by default.
    #[derive(Default)]
    pub enum MeetingKind ("meeting kind") {
        /// A ministerial conference, where the dialogue adopts its action plans.
        MinisterialConference => "ministerial_conference",
        /// A senior officials' meeting (SOM).
        SeniorOfficialsMeeting => "senior_officials_meeting",
        /// A meeting of the steering committee.
        SteeringCommittee => "steering_committee",
        /// A thematic meeting, trilateral ones included.
        ThematicMeeting => "thematic_meeting",
        /// A technical meeting.
        TechnicalMeeting => "technical_meeting",
        /// An expert meeting.
        ExpertMeeting => "expert_meeting",
        /// A workshop, technical and regional ones included.
        Workshop => "workshop",
        /// A side event in the margins of another meeting.
        SideEvent => "side_event",
        /// A training.
        Training => "training",
        /// Any other or unstated kind.
        #[default]
        Meeting => "meeting",
    }
}

impl MeetingKind {
    /// How the kind is written in running text: `"technical meeting"`, `"side event"`.
    pub const fn label(self) -> &'static str {
        match self {
            MeetingKind::MinisterialConference => "ministerial conference",
            MeetingKind::SeniorOfficialsMeeting => "senior officials' meeting",
            MeetingKind::SteeringCommittee => "steering committee meeting",
            MeetingKind::ThematicMeeting => "thematic meeting",
            MeetingKind::TechnicalMeeting => "technical meeting",
            MeetingKind::ExpertMeeting => "expert meeting",
            MeetingKind::Workshop => "workshop",
            MeetingKind::SideEvent => "side event",
            MeetingKind::Training => "training",
            MeetingKind::Meeting => "meeting",
        }
    }
}

vocabulary! {
    /// Whether the meeting was held online; in person is the default and has no value.
    pub enum Mode ("mode") {
        /// Held online only (a webinar, a virtual meeting).
        Virtual => "virtual",
        /// Held in person with some joining online.
        Hybrid => "hybrid",
    }
}

vocabulary! {
    /// A topic of the dialogue's action plans (Marrakesh 2018, Cadiz 2023-2027).
    pub enum Theme ("theme") {
        /// Diaspora, remittances, development policy and migration.
        MigrationAndDevelopment => "migration_and_development",
        /// Root causes of irregular migration and forced displacement.
        RootCauses => "root_causes",
        /// Legal, regular, labour and circular migration; mobility (not "human mobility"
        /// or the mobility climate change brings about).
        LegalMigration => "legal_migration",
        /// Visa issuing and facilitation.
        VisaFacilitation => "visa_facilitation",
        /// Asylum, international protection, refugees, migrants in vulnerable situations
        /// (unaccompanied minors).
        AsylumAndProtection => "asylum_and_protection",
        /// Border management and control, border guards and police, document fraud.
        BorderManagement => "border_management",
        /// Smuggling of migrants.
        MigrantSmuggling => "migrant_smuggling",
        /// Trafficking in human beings.
        TraffickingInHumanBeings => "trafficking_in_human_beings",
        /// Return, readmission and reintegration.
        ReturnAndReintegration => "return_and_reintegration",
        /// Mixed migration flows.
        MixedMigration => "mixed_migration",
    }
}

impl Theme {
    /// The action area of the dialogue's action plans the theme belongs to.
    pub const fn area(self) -> ActionArea {
        match self {
            Theme::MigrationAndDevelopment | Theme::RootCauses => ActionArea::Development,
            Theme::LegalMigration | Theme::VisaFacilitation => ActionArea::LegalMigration,
            Theme::AsylumAndProtection => ActionArea::Protection,
            Theme::BorderManagement | Theme::MigrantSmuggling | Theme::TraffickingInHumanBeings => {
                ActionArea::IrregularMigration
            }
            Theme::ReturnAndReintegration => ActionArea::Return,
            Theme::MixedMigration => ActionArea::CrossCutting,
        }
    }
}

vocabulary! {
    /// The five domains of the Marrakesh and Cadiz action plans, and the cross-cutting
    /// topics. Ids are the domain numbers; `cross_cutting` for the rest.
    pub enum ActionArea ("action area") {
        /// 1: development benefits of migration and root causes.
        Development => "1",
        /// 2: legal migration and mobility.
        LegalMigration => "2",
        /// 3: protection and asylum.
        Protection => "3",
        /// 4: irregular migration, smuggling and trafficking.
        IrregularMigration => "4",
        /// 5: return, readmission and reintegration.
        Return => "5",
        /// Topics that cut across the domains, such as mixed migration.
        CrossCutting => "cross_cutting",
    }
}

impl ActionArea {
    /// The area's themes.
    pub fn themes(self) -> impl Iterator<Item = Theme> {
        Theme::ALL.iter().copied().filter(move |t| t.area() == self)
    }

    /// A short English name: `"legal migration and mobility"`.
    pub const fn label(self) -> &'static str {
        match self {
            ActionArea::Development => "development benefits of migration and root causes",
            ActionArea::LegalMigration => "legal migration and mobility",
            ActionArea::Protection => "protection and asylum",
            ActionArea::IrregularMigration => "irregular migration, smuggling and trafficking",
            ActionArea::Return => "return, readmission and reintegration",
            ActionArea::CrossCutting => "cross-cutting",
        }
    }
}

vocabulary! {
    /// A process, declaration or framework an announcement refers to (never the Rabat
    /// Process itself).
    pub enum Process ("process") {
        /// The Khartoum Process (EU-Horn of Africa Migration Route Initiative).
        KhartoumProcess => "khartoum_process",
        /// The Niamey Declaration on smuggling and trafficking (2018).
        NiameyDeclaration => "niamey_declaration",
        /// The AU-Horn of Africa Initiative on trafficking and smuggling.
        AuHornOfAfricaInitiative => "au_horn_of_africa_initiative",
        /// The Joint Valletta Action Plan (JVAP).
        JointVallettaActionPlan => "joint_valletta_action_plan",
        /// The Marrakesh Action Plan (2018-2020).
        MarrakeshActionPlan => "marrakesh_action_plan",
        /// The Cadiz Action Plan (2023-2027).
        CadizActionPlan => "cadiz_action_plan",
        /// The Rome Programme (2014).
        RomeProgramme => "rome_programme",
        /// The Budapest Process.
        BudapestProcess => "budapest_process",
        /// The Prague Process.
        PragueProcess => "prague_process",
        /// The Global Compact for Safe, Orderly and Regular Migration.
        GlobalCompactForMigration => "global_compact_for_migration",
        /// The Global Compact on Refugees.
        GlobalCompactOnRefugees => "global_compact_on_refugees",
        /// The 2030 Agenda for Sustainable Development.
        Agenda2030 => "agenda_2030",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_through_text_and_json() {
        for role in Role::ALL {
            assert_eq!(role.to_string().parse::<Role>().unwrap(), *role);
        }
        for kind in MeetingKind::ALL {
            let json = serde_json::to_string(kind).unwrap();
            assert_eq!(serde_json::from_str::<MeetingKind>(&json).unwrap(), *kind);
        }
        for theme in Theme::ALL {
            assert_eq!(theme.as_str().parse::<Theme>().unwrap(), *theme);
        }
        for process in Process::ALL {
            assert_eq!(process.as_str().parse::<Process>().unwrap(), *process);
        }
        assert_eq!(" Co_Chair ".parse::<Role>().unwrap(), Role::CoChair);
    }

    #[test]
    fn unknown_ids_are_errors_that_quote_the_input() {
        let err = "hots".parse::<Role>().unwrap_err();
        assert_eq!(err.to_string(), r#"unknown role "hots""#);
        assert!(serde_json::from_str::<Theme>(r#""weather""#).is_err());
    }

    #[test]
    fn every_area_has_its_themes() {
        assert_eq!(Theme::VisaFacilitation.area(), ActionArea::LegalMigration);
        let area4: Vec<_> = ActionArea::IrregularMigration.themes().collect();
        assert_eq!(
            area4,
            [
                Theme::BorderManagement,
                Theme::MigrantSmuggling,
                Theme::TraffickingInHumanBeings
            ]
        );
        let total: usize = ActionArea::ALL.iter().map(|a| a.themes().count()).sum();
        assert_eq!(total, Theme::ALL.len());
    }
}
