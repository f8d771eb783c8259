// Icons drawn inline (the CSP allows no remote or file images). Decorative: the button carries the label.

export function GearIcon() {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {/* Eight teeth: a thick ring dashed into equal segments around the body of the gear. */}
      <circle cx="12" cy="12" r="8.5" fill="none" stroke="currentColor" strokeWidth="3.5" strokeDasharray="3.34 3.34" />
      <circle cx="12" cy="12" r="6" fill="none" stroke="currentColor" strokeWidth="3" />
    </svg>
  );
}

export function HelpIcon() {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {/* A question mark in a ring: the hook, its stem, and the dot. */}
      <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="2" />
      <path
        d="M8.8 9.2a3.2 3.2 0 1 1 4.6 2.9c-.9.5-1.4 1.1-1.4 2.1v.6"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.4"
        strokeLinecap="round"
      />
      <circle cx="12" cy="18" r="1.5" fill="currentColor" />
    </svg>
  );
}
