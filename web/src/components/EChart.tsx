// The workbench's one ECharts wrapper. Only the chart types and components its pages use are bundled
// (echarts/core + bar and line charts, grid, tooltip, legend, canvas): about a third of the whole
// library. One chart per element, resized with its box, disposed on unmount.
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([LineChart, BarChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

export type ChartOption = Parameters<echarts.ECharts['setOption']>[0];

/**
 * ECharts 6 puts a legend below the plot by default, where it lands on the category axis' labels;
 * the workbench's legends sit above the plot, in the room each chart's grid leaves at its top.
 */
function withLegendOnTop(option: ChartOption): ChartOption {
  const legend = option.legend as Record<string, unknown> | unknown[] | undefined;
  if (!legend || Array.isArray(legend)) return option;
  const placed = 'top' in legend || 'bottom' in legend;
  return placed ? option : { ...option, legend: { top: 0, ...legend } };
}

export function EChart({
  option,
  height = 320,
  label,
}: {
  option: ChartOption;
  height?: number;
  label: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!ref.current) return;
    const instance = echarts.init(ref.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(withLegendOnTop(option), true);
  }, [option]);

  // The chart is a picture: screen readers get its label; the page shows the same figures in a table.
  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
