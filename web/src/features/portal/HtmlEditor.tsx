// A plain rich-text editor without a heavy dependency: the HTML in a textarea with a toolbar that
// wraps the selection in tags, and beside it the preview as the site will show it — cleaned by
// the server with the same allow-list used on save.
import { Button, Card, Col, Input, Row, Space, Tooltip, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client.ts';

interface Tool {
  label: string;
  title: string;
  /** Wraps the selection: [before, after]; a template when nothing is selected. */
  wrap: [string, string];
  placeholder: string;
}

const TOOLS: Tool[] = [
  { label: '段落', title: '段落 <p>', wrap: ['<p>', '</p>'], placeholder: '段落文字' },
  { label: '小标题', title: '小标题 <h2>', wrap: ['<h2>', '</h2>'], placeholder: '小标题' },
  { label: '三级标题', title: '三级标题 <h3>', wrap: ['<h3>', '</h3>'], placeholder: '标题' },
  { label: '加粗', title: '加粗 <strong>', wrap: ['<strong>', '</strong>'], placeholder: '文字' },
  { label: '斜体', title: '斜体 <em>', wrap: ['<em>', '</em>'], placeholder: '文字' },
  { label: '列表', title: '无序列表', wrap: ['<ul>\n  <li>', '</li>\n</ul>'], placeholder: '列表项' },
  { label: '编号', title: '有序列表', wrap: ['<ol>\n  <li>', '</li>\n</ol>'], placeholder: '列表项' },
  { label: '链接', title: '链接 <a>', wrap: ['<a href="https://">', '</a>'], placeholder: '链接文字' },
  {
    label: '表格',
    title: '表格',
    wrap: [
      '<table>\n  <thead><tr><th scope="col">',
      '</th><th scope="col">列二</th></tr></thead>\n  <tbody><tr><td>内容</td><td>内容</td></tr></tbody>\n</table>',
    ],
    placeholder: '列一',
  },
  { label: '分隔线', title: '分隔线 <hr>', wrap: ['<hr />', ''], placeholder: '' },
];

export function HtmlEditor(props: { value: string; onChange: (html: string) => void; disabled?: boolean }) {
  const ref = useRef<TextAreaRef>(null);
  const [preview, setPreview] = useState<string>('');
  const [previewError, setPreviewError] = useState<string | null>(null);

  // The preview follows the text after a short pause, cleaned as it will be on save.
  useEffect(() => {
    const timer = setTimeout(() => {
      api
        .post('/api/portal/sanitize', { bodyHtml: props.value })
        .then((r) => {
          setPreview(r.bodyHtml);
          setPreviewError(null);
        })
        .catch(() => setPreviewError('预览暂时无法生成'));
    }, 400);
    return () => clearTimeout(timer);
  }, [props.value]);

  const apply = (tool: Tool) => {
    const el = ref.current?.resizableTextArea?.textArea;
    if (!el) return;
    const { selectionStart: s, selectionEnd: e, value } = el;
    const inner = value.slice(s, e) || tool.placeholder;
    const next = `${value.slice(0, s)}${tool.wrap[0]}${inner}${tool.wrap[1]}${value.slice(e)}`;
    props.onChange(next);
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(s + tool.wrap[0].length, s + tool.wrap[0].length + inner.length);
    });
  };

  return (
    <Row gutter={16}>
      <Col xs={24} xl={12}>
        <Space wrap size={4} style={{ marginBottom: 8 }}>
          {TOOLS.map((t) => (
            <Tooltip key={t.label} title={t.title}>
              <Button size="small" onClick={() => apply(t)} disabled={props.disabled}>
                {t.label}
              </Button>
            </Tooltip>
          ))}
        </Space>
        <Input.TextArea
          ref={ref}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          disabled={props.disabled}
          autoSize={{ minRows: 16, maxRows: 40 }}
          style={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace', fontSize: 13 }}
          aria-label="正文（HTML）"
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          保存时按白名单清洗：脚本、事件属性、javascript: 链接、样式和外站内嵌框架会被去掉。
        </Typography.Paragraph>
      </Col>
      <Col xs={24} xl={12}>
        <Card
          size="small"
          title="预览（网站上的样子）"
          styles={{ body: { maxHeight: 640, overflow: 'auto' } }}
        >
          {previewError ? (
            <Typography.Text type="warning">{previewError}</Typography.Text>
          ) : (
            // The server cleaned this HTML with the allow-list it applies on save.
            // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized by /api/portal/sanitize
            <div className="lz-article-preview" dangerouslySetInnerHTML={{ __html: preview }} />
          )}
        </Card>
      </Col>
    </Row>
  );
}
