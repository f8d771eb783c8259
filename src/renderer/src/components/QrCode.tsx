// The activation QR as inline SVG: black on white, quiet zone included, scaled by CSS to the space the
// handoff screen gives it. Drawn from the module matrix, so it stays sharp at any size.
import { useMemo } from 'react';
import { qrPath, qrRuns } from './qrRuns';

interface QrCodeProps {
  text: string;
  label: string;
  className?: string;
}

export function QrCode({ text, label, className }: QrCodeProps) {
  const { sideModules, path } = useMemo(() => {
    const { sideModules: side, runs } = qrRuns(text);
    return { sideModules: side, path: qrPath(runs) };
  }, [text]);
  return (
    <svg
      className={className}
      data-testid="handoff-qr"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${sideModules} ${sideModules}`}
      shapeRendering="crispEdges"
      xmlns="http://www.w3.org/2000/svg"
    >
      <rect width={sideModules} height={sideModules} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
