// The organisation's policy file was refused: said whole, above every screen, for as long as it lasts (it
// cannot be dismissed: the counter stays in demo mode with Settings read-only until IT corrects the file).
export function PolicyBanner({ problem }: { problem: string | undefined }) {
  if (!problem) return null;
  return (
    <p className="banner" role="alert" data-testid="policy-banner">
      {problem}
    </p>
  );
}
