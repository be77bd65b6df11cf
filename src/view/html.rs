//! A small HTML writer. Every text and attribute value goes through [`escape`] here, once, so a
//! value from a link can never become markup.

/// Markup being written.
#[derive(Default)]
pub struct Html(String);

/// An attribute; one whose name is empty is left out, so optional attributes read as data.
pub type Attr<'a> = (&'a str, &'a str);

/// Writes `s` with `&`, `<`, `>`, `"` and `'` escaped, which is safe in text and quoted attributes.
pub fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// `name` when `on`, else the empty name that leaves the attribute out.
pub fn when(on: bool, name: &str) -> &str {
    if on {
        name
    } else {
        ""
    }
}

impl Html {
    pub fn new() -> Html {
        Html(String::with_capacity(4096))
    }

    /// `<tag name="value" …>`.
    pub fn open(&mut self, tag: &str, attrs: &[Attr]) -> &mut Html {
        let out = &mut self.0;
        out.push('<');
        out.push_str(tag);
        for (name, value) in attrs {
            if name.is_empty() {
                continue;
            }
            out.push(' ');
            out.push_str(name);
            out.push_str("=\"");
            escape(value, out);
            out.push('"');
        }
        out.push('>');
        self
    }

    pub fn close(&mut self, tag: &str) -> &mut Html {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    pub fn text(&mut self, s: &str) -> &mut Html {
        escape(s, &mut self.0);
        self
    }

    /// An element holding only text.
    pub fn el(&mut self, tag: &str, attrs: &[Attr], text: &str) -> &mut Html {
        self.open(tag, attrs).text(text).close(tag)
    }

    /// An element per item of a list, all with the same attributes.
    pub fn each<S: AsRef<str>>(
        &mut self,
        tag: &str,
        attrs: &[Attr],
        items: impl IntoIterator<Item = S>,
    ) -> &mut Html {
        for item in items {
            self.el(tag, attrs, item.as_ref());
        }
        self
    }

    /// A bulleted list.
    pub fn bullets<S: AsRef<str>>(&mut self, items: impl IntoIterator<Item = S>) -> &mut Html {
        self.open("ul", &[("class", "list list--bullet")])
            .each("li", &[], items)
            .close("ul")
    }

    /// Markup made by this crate from no outside text (the QR code's SVG, icons).
    pub fn trusted(&mut self, markup: &str) -> &mut Html {
        self.0.push_str(markup);
        self
    }

    pub fn finish(self) -> String {
        self.0
    }
}
