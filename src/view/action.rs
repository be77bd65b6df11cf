//! What a button or link does when the shell sees it clicked. The page names it in `data-action`;
//! the shell matches every variant, so an action that nothing handles does not compile.

/// An action a page offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// The skip link: focus the main region.
    Skip,
    /// A link in the error summary: focus the field it names.
    ToField,
    /// Print the result.
    Print,
    /// "Start again" (adviser mode's button, the result's link): clear every answer, from the
    /// page and from the history the app can reach.
    Restart,
    /// The language switch: the same page in the other language, in place of this one rather
    /// than as another history entry, carrying the page's unsent form.
    Language,
    /// The idle countdown's "I'm still here": the person is there, so the countdown stops.
    StillHere,
}

impl Action {
    pub const ALL: [Action; 6] = [
        Action::Skip,
        Action::ToField,
        Action::Print,
        Action::Restart,
        Action::Language,
        Action::StillHere,
    ];

    /// The `data-action` value.
    pub fn slug(self) -> &'static str {
        match self {
            Action::Skip => "skip",
            Action::ToField => "to-field",
            Action::Print => "print",
            Action::Restart => "restart",
            Action::Language => "language",
            Action::StillHere => "still-here",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.slug() == slug)
    }
}

/// Written as its slug, so a template says `data-action=(Action::Print)`.
impl maud::Render for Action {
    fn render_to(&self, buffer: &mut String) {
        // Slugs are plain lowercase words: nothing to escape.
        buffer.push_str(self.slug());
    }
}
