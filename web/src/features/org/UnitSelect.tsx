// A unit picker over the whole tree, searchable by name or code.
import { TreeSelect, type TreeSelectProps } from 'antd';
import { useMemo } from 'react';
import { useUnits } from './api.ts';
import { buildUnitTree, type UnitNode } from './units.ts';

interface Option {
  value: string;
  title: string;
  searchText: string;
  children: Option[];
}

function toOptions(nodes: UnitNode[]): Option[] {
  return nodes.map((n) => ({
    value: n.unit.id,
    title: n.unit.name,
    searchText: `${n.unit.name} ${n.unit.shortName ?? ''} ${n.unit.code}`,
    children: toOptions(n.children),
  }));
}

export function UnitSelect(props: Omit<TreeSelectProps, 'treeData'>) {
  const units = useUnits();
  const treeData = useMemo(() => toOptions(buildUnitTree(units.data ?? [])), [units.data]);
  return (
    <TreeSelect
      showSearch={{ treeNodeFilterProp: 'searchText' }}
      treeDefaultExpandAll={false}
      treeDefaultExpandedKeys={treeData.map((o) => o.value)}
      placeholder="选择单位"
      allowClear
      loading={units.isPending}
      notFoundContent={units.isError ? '单位列表暂时无法载入' : '没有匹配的单位'}
      styles={{ popup: { root: { maxHeight: 420, overflow: 'auto' } } }}
      {...props}
      treeData={treeData}
    />
  );
}
