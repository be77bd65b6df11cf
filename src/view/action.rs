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
    /// Adviser mode's "Start again": clear every answer.
    Restart,
    /// The idle countdown's "I'm still here": the person is there, so the countdown stops.
    StillHere,
    /// The language switch: it carries the page's unsent form into the other language.
    Language,
}

impl Action {
    pub const ALL: [Action; 6] = [
        Action::Skip,
        Action::ToField,
        Action::Print,
        Action::Restart,
        Action::StillHere,
        Action::Language,
    ];

    /// The `data-action` value.
    pub fn slug(self) -> &'static str {
        match self {
            Action::Skip => "skip",
            Action::ToField => "to-field",
            Action::Print => "print",
            Action::Restart => "restart",
            Action::StillHere => "still-here",
            Action::Language => "language",
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
