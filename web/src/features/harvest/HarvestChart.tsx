// One ECharts chart: created on mount, resized with the window, disposed on unmount.
import * as echarts from 'echarts';
import { useEffect, useRef } from 'react';

export function HarvestChart({
  option,
  height = 320,
  label,
}: {
  option: echarts.EChartsOption;
  height?: number;
  label: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    chart.setOption(option);
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option]);
  return <div ref={ref} style={{ width: '100%', height }} role="img" aria-label={label} />;
}
