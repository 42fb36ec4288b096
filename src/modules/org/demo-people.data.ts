// Made-up people for the demo data: name pools (names are fictitious), titles by kind of unit,
// the cities' telephone area codes and office numbers.

const SURNAMES = [
  ...'王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董袁潘蒋蔡余杜程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石贾夏付方白孟秦尹薛闫段雷侯史陶贺毛郝常',
];
const GIVEN = [
  '建国',
  '志强',
  '秀英',
  '海燕',
  '红霞',
  '国庆',
  '卫东',
  '晓东',
  '丽娟',
  '明辉',
  '振华',
  '春梅',
  '俊杰',
  '永刚',
  '桂兰',
  '新民',
  '玉兰',
  '立新',
  '文静',
  '鹏飞',
  '雪梅',
  '宏伟',
  '艳玲',
  '浩然',
  '佳怡',
  '一鸣',
  '思远',
  '冬梅',
  '向阳',
  '瑞',
  '磊',
  '静',
  '敏',
  '超',
  '涛',
  '娜',
  '勇',
  '军',
  '丽',
  '洋',
  '鑫',
  '亮',
  '慧',
  '晨',
  '松林',
  '青山',
  '翠萍',
  '林峰',
  '建军',
  '红梅',
  '少华',
  '志刚',
  '玉洁',
  '红旗',
  '朝阳',
  '爱民',
  '素芳',
  '春生',
  '秋菊',
  '国华',
];
export const nameAt = (k: number) =>
  `${SURNAMES[(k * 7 + 3) % SURNAMES.length]}${GIVEN[(k * 11 + 5) % GIVEN.length]}`;

export function titlesFor(name: string, type: 'division' | 'affiliated'): string[] {
  if (name.endsWith('办公室')) return ['主任', '副主任', '副主任', '一级主任科员', '二级主任科员', '科员'];
  if (name === '机关党委') return ['专职副书记', '副书记', '组织科科长', '一级主任科员', '科员', '科员'];
  if (type === 'division') return ['处长', '副处长', '副处长', '一级主任科员', '二级主任科员', '科员'];
  if (name.endsWith('院')) return ['院长', '副院长', '副院长', '高级工程师', '工程师', '助理工程师'];
  if (name.endsWith('站')) return ['站长', '副站长', '副站长', '高级工程师', '工程师', '科员'];
  return ['主任', '副主任', '副主任', '科长', '工程师', '科员'];
}

// Long-distance area codes (长途区号) of the 18 省辖市, for the bureaus' office phones.
export const AREA_CODES: Record<string, string> = {
  '410100': '0371',
  '410200': '0371',
  '410300': '0379',
  '410400': '0375',
  '410500': '0372',
  '410600': '0392',
  '410700': '0373',
  '410800': '0391',
  '410900': '0393',
  '411000': '0374',
  '411100': '0395',
  '411200': '0398',
  '411300': '0377',
  '411400': '0370',
  '411500': '0376',
  '411600': '0394',
  '411700': '0396',
  '419001': '0391',
};
export const officePhone = (area: string, k: number) => `${area}-6${String(5_900_000 + k * 173).slice(-7)}`;
