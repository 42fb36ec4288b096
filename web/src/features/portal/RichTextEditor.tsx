// The article body editor (所见即所得): tiptap (ADR 0006) with the structure a government article
// needs — headings, lists, tables, images, links, quotations — and no fonts or colours (the site's
// stylesheet sets them). Paste from Word keeps headings, lists and tables and drops Word's styles
// (paste.ts); a .docx is imported on the server (mammoth); pictures go up through the files
// service. The HTML it produces is the article body format the server stores after its allow-list,
// which stays the authority: what leaves here is cleaned again on save. 源码 mode edits the HTML.
import {
  BoldOutlined,
  ClearOutlined,
  DisconnectOutlined,
  FileWordOutlined,
  ItalicOutlined,
  LinkOutlined,
  MinusOutlined,
  OrderedListOutlined,
  PictureOutlined,
  RedoOutlined,
  StrikethroughOutlined,
  TableOutlined,
  UnderlineOutlined,
  UndoOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { mergeAttributes, Node } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import Subscript from '@tiptap/extension-subscript';
import Superscript from '@tiptap/extension-superscript';
import { TableKit } from '@tiptap/extension-table';
import { type Editor, EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { Alert, App, Button, Divider, Form, Input, Modal, Segmented, Select, Space, Tooltip } from 'antd';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useMe } from '../../auth/session.tsx';
import { importDocx, uploadPortalFile } from './api.ts';
import { HtmlEditor } from './HtmlEditor.tsx';
import { cleanPastedHtml } from './paste.ts';

/** An embedded page of this site (<iframe src="/…">), kept as it is: the server allows only these. */
const Iframe = Node.create({
  name: 'iframe',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes() {
    return {
      src: { default: null },
      title: { default: null },
      width: { default: null },
      height: { default: null },
    };
  },
  parseHTML() {
    return [{ tag: 'iframe[src]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['iframe', mergeAttributes(HTMLAttributes)];
  },
});

/**
 * A picture, table or embedded page with its caption (<figure>…<figcaption>), as the site's body format
 * and the server's sanitiser have them: without these two nodes the editor would drop the caption
 * of every such article it opens, and the next save would lose it.
 */
const Figcaption = Node.create({
  name: 'figcaption',
  content: 'inline*',
  defining: true,
  parseHTML() {
    return [{ tag: 'figcaption' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['figcaption', mergeAttributes(HTMLAttributes), 0];
  },
});

const Figure = Node.create({
  name: 'figure',
  group: 'block',
  content: '(image | table | iframe) figcaption?',
  defining: true,
  draggable: true,
  parseHTML() {
    return [{ tag: 'figure' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['figure', mergeAttributes(HTMLAttributes), 0];
  },
});

const EXTENSIONS = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4, 5, 6] },
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      protocols: ['http', 'https', 'mailto', 'tel'],
      // A link opens in the same window unless the author says otherwise (the server adds rel).
      HTMLAttributes: { target: null, rel: null },
    },
  }),
  Subscript,
  Superscript,
  Image.configure({ inline: false, allowBase64: false }),
  TableKit.configure({ table: { resizable: false, allowTableNodeSelection: true } }),
  Iframe,
  Figure,
  Figcaption,
];

/** The editor's HTML, '' for an empty document (the server's empty body). */
function htmlOf(editor: Editor): string {
  return editor.isEmpty ? '' : editor.getHTML();
}

const BLOCKS = [
  { value: 'p', label: '正文' },
  { value: '2', label: '一级标题' },
  { value: '3', label: '二级标题' },
  { value: '4', label: '三级标题' },
];

const LINK_RULE = /^(https?:\/\/|mailto:|tel:|\/)/i;

function ToolButton(props: {
  title: string;
  icon?: ReactNode;
  children?: ReactNode;
  active?: boolean;
  disabled?: boolean;
  onClick: () => void;
}) {
  return (
    <Tooltip title={props.title}>
      <Button
        size="small"
        type={props.active ? 'primary' : 'text'}
        ghost={false}
        icon={props.icon}
        aria-label={props.title}
        aria-pressed={props.active}
        disabled={props.disabled}
        onMouseDown={(e) => e.preventDefault()}
        onClick={props.onClick}
      >
        {props.children}
      </Button>
    </Tooltip>
  );
}

export function RichTextEditor(props: {
  value: string;
  onChange: (html: string) => void;
  disabled?: boolean;
}) {
  const me = useMe();
  const { message, modal } = App.useApp();
  const [mode, setMode] = useState<'visual' | 'source'>('visual');
  const [busy, setBusy] = useState<string | null>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  const [altOpen, setAltOpen] = useState(false);
  const [linkForm] = Form.useForm<{ href: string; blank?: boolean }>();
  const [altForm] = Form.useForm<{ alt: string }>();
  const imageInput = useRef<HTMLInputElement>(null);
  const docxInput = useRef<HTMLInputElement>(null);
  // What the editor last reported, so a value coming back from the parent is not loaded again.
  const emitted = useRef(props.value);
  const onChange = useRef(props.onChange);
  onChange.current = props.onChange;
  const pasteNotice = useRef<(n: number) => void>(() => {});
  pasteNotice.current = (n) =>
    void message.warning(`粘贴内容中有 ${n} 张图片无法带入（来自本机文件），请用“插入图片”上传`);

  const editor = useEditor({
    extensions: EXTENSIONS,
    content: props.value,
    editable: !props.disabled,
    editorProps: {
      attributes: {
        class: 'lz-article-body',
        'aria-label': '正文',
        role: 'textbox',
        'aria-multiline': 'true',
      },
      transformPastedHTML: (html) => {
        const cleaned = cleanPastedHtml(html);
        if (cleaned.droppedImages) pasteNotice.current(cleaned.droppedImages);
        return cleaned.html;
      },
    },
    onUpdate: ({ editor: e }) => {
      const html = htmlOf(e);
      emitted.current = html;
      onChange.current(html);
    },
  });

  // A body loaded or replaced by the parent (the article arriving, the source view's edits).
  useEffect(() => {
    if (!editor || props.value === emitted.current) return;
    emitted.current = props.value;
    editor.commands.setContent(props.value, { emitUpdate: false });
  }, [editor, props.value]);
  useEffect(() => {
    editor?.setEditable(!props.disabled);
  }, [editor, props.disabled]);

  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      if (!e) return null;
      const heading = [2, 3, 4].find((level) => e.isActive('heading', { level }));
      return {
        block: heading ? String(heading) : 'p',
        bold: e.isActive('bold'),
        italic: e.isActive('italic'),
        underline: e.isActive('underline'),
        strike: e.isActive('strike'),
        sup: e.isActive('superscript'),
        sub: e.isActive('subscript'),
        bullet: e.isActive('bulletList'),
        ordered: e.isActive('orderedList'),
        quote: e.isActive('blockquote'),
        link: e.isActive('link'),
        image: e.isActive('image'),
        table: e.isActive('table'),
        canMerge: e.can().mergeCells(),
        canSplit: e.can().splitCell(),
        canUndo: e.can().undo(),
        canRedo: e.can().redo(),
      };
    },
  });

  if (!editor || !state) return null;
  const chain = () => editor.chain().focus();
  const off = props.disabled || busy !== null;

  const openLink = () => {
    const attrs = editor.getAttributes('link') as { href?: string; target?: string };
    linkForm.setFieldsValue({ href: attrs.href ?? 'https://', blank: attrs.target === '_blank' });
    setLinkOpen(true);
  };
  const saveLink = async () => {
    const v = await linkForm.validateFields();
    const range = chain().extendMarkRange('link');
    if (editor.state.selection.empty && !editor.isActive('link'))
      range
        .insertContent({
          type: 'text',
          text: v.href,
          marks: [{ type: 'link', attrs: { href: v.href, target: v.blank ? '_blank' : null } }],
        })
        .run();
    else range.setLink({ href: v.href, target: v.blank ? '_blank' : null }).run();
    setLinkOpen(false);
  };

  const uploadImage = async (file: File) => {
    setBusy('正在上传图片…');
    try {
      const r = await uploadPortalFile(file, 'image', me.csrfToken);
      const alt = r.fileName.replace(/\.(jpe?g|png)$/i, '');
      // The picture, then an empty paragraph to go on writing in (the cursor leaves the picture).
      chain()
        .insertContent([
          { type: 'image', attrs: { src: `/article-images/${r.fileId}`, alt } },
          { type: 'paragraph' },
        ])
        .run();
      void message.success('图片已插入。请检查“图片说明”，读屏软件会朗读它。');
    } catch (e) {
      void message.error((e as Error).message);
    } finally {
      setBusy(null);
    }
  };

  const importWord = async (file: File) => {
    setBusy('正在导入 Word 文档…');
    try {
      const r = await importDocx(file, me.csrfToken);
      if (!r.bodyHtml) {
        void message.warning(r.notes.join('；') || '文档中没有可导入的内容');
        return;
      }
      if (editor.isEmpty) editor.commands.setContent(r.bodyHtml, { emitUpdate: true });
      // After the top-level block the cursor is in (never inside a table cell or a list item).
      else {
        const { $to } = editor.state.selection;
        chain()
          .insertContentAt($to.depth >= 1 ? $to.after(1) : $to.pos, r.bodyHtml)
          .run();
      }
      const text = `已导入《${file.name}》${r.images ? `，含 ${r.images} 张图片` : ''}。请核对后保存。`;
      if (r.notes.length)
        modal.info({
          title: text,
          content: (
            <ul style={{ paddingLeft: 20 }}>
              {r.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          ),
          okText: '知道了',
        });
      else void message.success(text);
    } catch (e) {
      void message.error((e as Error).message);
    } finally {
      setBusy(null);
    }
  };

  const toolbar = (
    <Space wrap size={2} split={<Divider orientation="vertical" />} className="lz-rte-toolbar">
      <Space size={2}>
        <ToolButton
          title="撤销（Ctrl+Z）"
          icon={<UndoOutlined />}
          disabled={off || !state.canUndo}
          onClick={() => chain().undo().run()}
        />
        <ToolButton
          title="重做（Ctrl+Y）"
          icon={<RedoOutlined />}
          disabled={off || !state.canRedo}
          onClick={() => chain().redo().run()}
        />
      </Space>
      <Select
        size="small"
        aria-label="段落格式"
        value={state.block}
        options={BLOCKS}
        disabled={off}
        style={{ width: 104 }}
        onChange={(v) =>
          v === 'p'
            ? chain().setParagraph().run()
            : chain()
                .setHeading({ level: Number(v) as 2 | 3 | 4 })
                .run()
        }
      />
      <Space size={2}>
        <ToolButton
          title="加粗（Ctrl+B）"
          icon={<BoldOutlined />}
          active={state.bold}
          disabled={off}
          onClick={() => chain().toggleBold().run()}
        />
        <ToolButton
          title="倾斜（Ctrl+I）"
          icon={<ItalicOutlined />}
          active={state.italic}
          disabled={off}
          onClick={() => chain().toggleItalic().run()}
        />
        <ToolButton
          title="下划线（Ctrl+U）"
          icon={<UnderlineOutlined />}
          active={state.underline}
          disabled={off}
          onClick={() => chain().toggleUnderline().run()}
        />
        <ToolButton
          title="删除线"
          icon={<StrikethroughOutlined />}
          active={state.strike}
          disabled={off}
          onClick={() => chain().toggleStrike().run()}
        />
        <ToolButton
          title="上标（如 m²）"
          active={state.sup}
          disabled={off}
          onClick={() => chain().toggleSuperscript().run()}
        >
          X²
        </ToolButton>
        <ToolButton
          title="下标（如 CO₂）"
          active={state.sub}
          disabled={off}
          onClick={() => chain().toggleSubscript().run()}
        >
          X₂
        </ToolButton>
        <ToolButton
          title="清除格式"
          icon={<ClearOutlined />}
          disabled={off}
          onClick={() => chain().unsetAllMarks().clearNodes().run()}
        />
      </Space>
      <Space size={2}>
        <ToolButton
          title="项目符号列表"
          icon={<UnorderedListOutlined />}
          active={state.bullet}
          disabled={off}
          onClick={() => chain().toggleBulletList().run()}
        />
        <ToolButton
          title="编号列表"
          icon={<OrderedListOutlined />}
          active={state.ordered}
          disabled={off}
          onClick={() => chain().toggleOrderedList().run()}
        />
        <ToolButton
          title="引用"
          active={state.quote}
          disabled={off}
          onClick={() => chain().toggleBlockquote().run()}
        >
          “ ”
        </ToolButton>
        <ToolButton
          title="分隔线"
          icon={<MinusOutlined />}
          disabled={off}
          onClick={() => chain().setHorizontalRule().run()}
        />
      </Space>
      <Space size={2}>
        <ToolButton
          title="链接"
          icon={<LinkOutlined />}
          active={state.link}
          disabled={off}
          onClick={openLink}
        />
        {state.link && (
          <ToolButton
            title="取消链接"
            icon={<DisconnectOutlined />}
            disabled={off}
            onClick={() => chain().extendMarkRange('link').unsetLink().run()}
          />
        )}
        <ToolButton
          title="插入图片（JPG、PNG，5 MB 以内）"
          icon={<PictureOutlined />}
          disabled={off}
          onClick={() => imageInput.current?.click()}
        >
          图片
        </ToolButton>
        {state.image && (
          <ToolButton
            title="图片说明（替代文字）"
            disabled={off}
            onClick={() => {
              altForm.setFieldsValue({ alt: (editor.getAttributes('image') as { alt?: string }).alt ?? '' });
              setAltOpen(true);
            }}
          >
            图片说明
          </ToolButton>
        )}
        <ToolButton
          title="插入表格（3 行 3 列，首行为表头）"
          icon={<TableOutlined />}
          disabled={off || state.table}
          onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
        >
          表格
        </ToolButton>
        <ToolButton
          title="导入 Word 文档（.docx），插入到光标处"
          icon={<FileWordOutlined />}
          disabled={off}
          onClick={() => docxInput.current?.click()}
        >
          导入 Word
        </ToolButton>
      </Space>
    </Space>
  );

  const tableTools = state.table && !off && (
    <Space wrap size={2} className="lz-rte-table-tools" aria-label="表格工具">
      <span className="lz-rte-table-label">表格：</span>
      <Button size="small" onClick={() => chain().addRowBefore().run()}>
        上方插入行
      </Button>
      <Button size="small" onClick={() => chain().addRowAfter().run()}>
        下方插入行
      </Button>
      <Button size="small" onClick={() => chain().addColumnBefore().run()}>
        左侧插入列
      </Button>
      <Button size="small" onClick={() => chain().addColumnAfter().run()}>
        右侧插入列
      </Button>
      <Button size="small" onClick={() => chain().deleteRow().run()}>
        删除行
      </Button>
      <Button size="small" onClick={() => chain().deleteColumn().run()}>
        删除列
      </Button>
      <Button size="small" disabled={!state.canMerge} onClick={() => chain().mergeCells().run()}>
        合并单元格
      </Button>
      <Button size="small" disabled={!state.canSplit} onClick={() => chain().splitCell().run()}>
        拆分单元格
      </Button>
      <Button size="small" onClick={() => chain().toggleHeaderRow().run()}>
        首行作表头
      </Button>
      <Button size="small" danger onClick={() => chain().deleteTable().run()}>
        删除表格
      </Button>
    </Space>
  );

  return (
    <div className="lz-rte">
      <style>{EDITOR_CSS}</style>
      <Space style={{ marginBottom: 8, width: '100%', justifyContent: 'space-between' }} wrap>
        <Segmented
          size="small"
          value={mode}
          onChange={(v) => setMode(v as 'visual' | 'source')}
          options={[
            { value: 'visual', label: '可视化编辑' },
            { value: 'source', label: 'HTML 源码' },
          ]}
        />
        {busy && <span aria-live="polite">{busy}</span>}
      </Space>
      {mode === 'source' ? (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 8 }}
            title="源码模式供熟悉 HTML 的人员使用；保存时同样按白名单清洗。切回“可视化编辑”可继续编辑。"
          />
          <HtmlEditor value={props.value} onChange={props.onChange} disabled={props.disabled} />
        </>
      ) : (
        <div className="lz-rte-frame">
          <div className="lz-rte-bar">
            {toolbar}
            {tableTools}
          </div>
          <EditorContent editor={editor} />
        </div>
      )}
      <input
        ref={imageInput}
        type="file"
        accept=".jpg,.jpeg,.png,image/jpeg,image/png"
        style={{ display: 'none' }}
        aria-label="选择图片"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) void uploadImage(f);
        }}
      />
      <input
        ref={docxInput}
        type="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        style={{ display: 'none' }}
        aria-label="选择 Word 文档"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) void importWord(f);
        }}
      />
      <Modal
        open={linkOpen}
        title="链接"
        okText="确定"
        cancelText="取消"
        onOk={saveLink}
        onCancel={() => setLinkOpen(false)}
        destroyOnHidden
      >
        <Form form={linkForm} layout="vertical" preserve={false}>
          <Form.Item
            name="href"
            label="链接地址"
            extra="本站页面可填以 / 开头的路径，如 /columns/tzgg"
            rules={[
              { required: true, message: '请填写链接地址' },
              { pattern: LINK_RULE, message: '链接地址须以 http://、https://、mailto:、tel: 或 / 开头' },
            ]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="blank" label="打开方式">
            <Segmented
              options={[
                { value: false, label: '本窗口' },
                { value: true, label: '新窗口' },
              ]}
            />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={altOpen}
        title="图片说明"
        okText="确定"
        cancelText="取消"
        onOk={async () => {
          const v = await altForm.validateFields();
          chain().updateAttributes('image', { alt: v.alt.trim() }).run();
          setAltOpen(false);
        }}
        onCancel={() => setAltOpen(false)}
        destroyOnHidden
      >
        <Form form={altForm} layout="vertical" preserve={false}>
          <Form.Item
            name="alt"
            label="图片说明（替代文字）"
            extra="用一句话说明图片内容，供视障读者的读屏软件朗读，如“防火检查站工作人员登记进山车辆”。"
            rules={[
              { required: true, message: '请填写图片说明' },
              { max: 200, message: '图片说明最多 200 字' },
            ]}
          >
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}

const EDITOR_CSS = `
.lz-rte-frame { border: 1px solid #d9d9d9; border-radius: 6px; background: #fff; }
.lz-rte-frame:focus-within { border-color: #4096ff; box-shadow: 0 0 0 2px rgba(5,145,255,.1); }
.lz-rte-bar { position: sticky; top: 0; z-index: 2; background: #fafafa; border-bottom: 1px solid #f0f0f0; padding: 4px 6px; border-radius: 6px 6px 0 0; }
.lz-rte-table-tools { margin-top: 4px; padding-top: 4px; border-top: 1px dashed #e5e5e5; width: 100%; }
.lz-rte-table-label { color: #666; font-size: 12px; }
.lz-rte .ProseMirror figure { margin: 12px 0; }
.lz-rte .ProseMirror figcaption { text-align: center; color: #555; font-size: 14px; margin-top: 4px; padding: 2px 4px; border: 1px dashed #e5e5e5; }
.lz-rte .ProseMirror { min-height: 420px; max-height: 70vh; overflow-y: auto; padding: 12px 16px; outline: none; font-size: 16px; line-height: 1.8; color: #222; }
.lz-rte .ProseMirror > * + * { margin-top: .6em; }
.lz-rte .ProseMirror p { margin: 0 0 .6em; }
.lz-rte .ProseMirror h2 { font-size: 20px; margin: 1em 0 .5em; }
.lz-rte .ProseMirror h3 { font-size: 18px; margin: .9em 0 .4em; }
.lz-rte .ProseMirror h4, .lz-rte .ProseMirror h5, .lz-rte .ProseMirror h6 { font-size: 16px; margin: .8em 0 .3em; }
.lz-rte .ProseMirror ul, .lz-rte .ProseMirror ol { padding-left: 2em; }
.lz-rte .ProseMirror blockquote { border-left: 3px solid #c9d6c9; margin: 0; padding: 2px 12px; color: #555; }
.lz-rte .ProseMirror img { max-width: 100%; height: auto; display: block; margin: 8px auto; }
.lz-rte .ProseMirror img.ProseMirror-selectednode, .lz-rte .ProseMirror iframe.ProseMirror-selectednode { outline: 3px solid #4096ff; }
.lz-rte .ProseMirror iframe { width: 100%; min-height: 240px; border: 1px dashed #bbb; }
.lz-rte .ProseMirror table { border-collapse: collapse; width: 100%; margin: 8px 0; table-layout: fixed; }
.lz-rte .ProseMirror td, .lz-rte .ProseMirror th { border: 1px solid #bfbfbf; padding: 4px 8px; vertical-align: top; position: relative; min-width: 3em; }
.lz-rte .ProseMirror th { background: #f2f5f2; font-weight: 600; text-align: left; }
.lz-rte .ProseMirror td p, .lz-rte .ProseMirror th p { margin: 0; }
.lz-rte .ProseMirror .selectedCell::after { content: ''; position: absolute; inset: 0; background: rgba(64,150,255,.18); pointer-events: none; }
.lz-rte .ProseMirror a { color: #1554ad; text-decoration: underline; }
.lz-rte .ProseMirror hr { border: 0; border-top: 1px solid #ccc; margin: 16px 0; }
.lz-rte .ProseMirror p.is-editor-empty:first-child::before { content: attr(data-placeholder); color: #999; float: left; height: 0; pointer-events: none; }
@media (max-width: 600px) { .lz-rte .ProseMirror { min-height: 280px; padding: 10px; } }
`;
