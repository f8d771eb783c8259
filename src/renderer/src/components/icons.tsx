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
