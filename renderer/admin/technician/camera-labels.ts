import { useEffect, useState } from 'react';

/**
 * The cameras this screen sees (mediaDevices labels). The Node side cannot enumerate cameras, so the technician
 * screen sends this list with a camera change and the Node side checks the label against it. null: not known yet.
 */
export function useCameraLabels(): ReadonlyArray<string> | null {
  const [labels, setLabels] = useState<ReadonlyArray<string> | null>(null);
  useEffect(() => {
    let stopped = false;
    const read = async () => {
      const devices = (await navigator.mediaDevices?.enumerateDevices().catch(() => [])) ?? [];
      if (!stopped) setLabels(devices.filter((d) => d.kind === 'videoinput' && d.label).map((d) => d.label));
    };
    const onChange = () => void read();
    onChange();
    navigator.mediaDevices?.addEventListener('devicechange', onChange);
    return () => {
      stopped = true;
      navigator.mediaDevices?.removeEventListener('devicechange', onChange);
    };
  }, []);
  return labels;
}
