//! The checks of the lists the facts are about: each region's university, the universities
//! and their contacts, and our readings. Each name is one of the code's, and none is missing.

use super::*;

impl Check {
    pub(super) fn regions(&mut self, f: &File) -> Vec<(&'static str, &'static str)> {
        let regions = &f.regions;
        let first = first_in_file(&regions.university);
        self.cited(first.clone(), &regions.source, &regions.assumption);
        self.same_names(
            &regions.university,
            &REGIONS,
            "region",
            first,
            ": every region needs a university, under [regions.university]",
        );
        let mut out = Vec::new();
        for (region, university) in &regions.university {
            let Some(r) = variant(&REGIONS, region.get_ref()) else {
                continue;
            };
            if university.get_ref().trim().is_empty() {
                self.at(
                    university.span(),
                    format!("the region `{}` has no university", region.get_ref()),
                );
                continue;
            }
            match variant(&UNIVERSITIES, university.get_ref()) {
                Some(u) => out.push((r, u)),
                None => self.at(
                    university.span(),
                    format!(
                        "unknown university `{}` for the region `{}`: the universities are {}",
                        university.get_ref(),
                        region.get_ref(),
                        names(&UNIVERSITIES)
                    ),
                ),
            }
        }
        out
    }

    pub(super) fn universities(
        &mut self,
        f: &File,
        providers: &[&str],
    ) -> Vec<(&'static str, Option<Contact>)> {
        let first = first_in_file(&f.universities);
        self.same_names(
            &f.universities,
            &UNIVERSITIES,
            "university",
            first,
            ": every university needs its [universities.<name>] (empty when it has no course_contact)",
        );
        let mut out = Vec::new();
        for (name, entry) in &f.universities {
            let Some(u) = variant(&UNIVERSITIES, name.get_ref()) else {
                continue;
            };
            let contact = entry.course_contact.as_ref().map(|c| {
                self.cited(c.email.span(), &c.source, &c.assumption);
                let email = c.email.get_ref();
                if !email.contains('@') || email.contains(char::is_whitespace) {
                    self.at(
                        c.email.span(),
                        format!("\"{email}\" is not an email address"),
                    );
                }
                self.phone(c.phone.get_ref(), c.phone.span());
                Contact {
                    email: email.clone(),
                    phone: c.phone.get_ref().clone(),
                }
            });
            if contact.is_none() && providers.contains(&u) {
                self.at(
                    name.span(),
                    format!("`{}` teaches the access route (access.providers) but has no course_contact: the app gives each provider's contact", name.get_ref()),
                );
            }
            out.push((u, contact));
        }
        out
    }

    pub(super) fn assumptions(&mut self, f: &File) {
        let first = first_in_file(&f.assumptions);
        self.same_names(
            &f.assumptions,
            &ASSUMPTIONS,
            "assumption",
            first,
            ": the app shows each reading where it applies, so each needs its description under [assumptions]",
        );
        for (name, description) in &f.assumptions {
            if description.get_ref().trim().is_empty() {
                self.at(
                    description.span(),
                    format!("the assumption `{}` needs a description", name.get_ref()),
                );
            }
        }
    }
}
