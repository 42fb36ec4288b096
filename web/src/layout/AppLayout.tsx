// The frame of every signed-in page: header with the department's name, the notification bell
// and the user menu; a side menu with the pages this account may open; the page below. On a phone
// (narrower than antd's md, 768 px) the menu is a drawer opened from the header, so the page keeps
// the whole width.
import { DownOutlined, KeyOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Drawer, Dropdown, Grid, Layout, Menu, type MenuProps, Space } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { ADMIN_KIND_LABELS } from '../auth/access.ts';
import { ChangePasswordModal } from '../auth/ChangePasswordForm.tsx';
import { useLogout, useMe } from '../auth/session.tsx';
import { useSiteName } from '../auth/site.ts';
import { PageSpin } from '../components/PageSpin.tsx';
import { MENU_GROUP_ICONS, PAGES } from '../pages.tsx';
import { menuFor, pageFor } from './menu.ts';
import { NotificationBell } from './NotificationBell.tsx';

const { Header, Sider, Content, Footer } = Layout;

export function AppLayout() {
  const me = useMe();
  const siteName = useSiteName();
  const logout = useLogout();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  // Unknown until measured (the first render): the desktop frame, as before.
  const phone = Grid.useBreakpoint().md === false;
  const [changingPassword, setChangingPassword] = useState(false);

  const groups = useMemo(() => menuFor(PAGES, me), [me]);
  const items: NonNullable<MenuProps['items']> = [];
  for (const g of groups) {
    const leaves = g.pages.map((p) => ({
      key: p.path,
      icon: p.icon,
      label: <Link to={p.path}>{p.title}</Link>,
    }));
    if (g.group)
      items.push({
        key: `group:${g.group}`,
        icon: MENU_GROUP_ICONS[g.group],
        label: g.group,
        children: leaves,
      });
    else items.push(...leaves);
  }
  // The menu entry to highlight: the entry's own page, or the list a detail page belongs to.
  const current = pageFor(
    PAGES.filter((p) => !p.hidden),
    location.pathname,
  );
  const openKeys = groups.filter((g) => g.group).map((g) => `group:${g.group}`);

  const userMenu: MenuProps = {
    items: [
      { key: 'password', icon: <KeyOutlined />, label: '修改口令' },
      { type: 'divider' },
      { key: 'logout', icon: <LogoutOutlined />, label: '退出登录', danger: true },
    ],
    onClick: ({ key }) => {
      if (key === 'password') setChangingPassword(true);
      if (key === 'logout') void logout('logout');
    },
  };

  const menu = (
    <nav aria-label="主菜单">
      <Menu
        mode="inline"
        items={items}
        selectedKeys={current ? [current.path] : []}
        defaultOpenKeys={openKeys}
        style={{ borderInlineEnd: 0 }}
        onClick={() => setDrawerOpen(false)}
      />
    </nav>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header className="lz-header">
        {phone && (
          <button
            type="button"
            className="lz-header-button lz-menu-button"
            aria-label="打开主菜单"
            aria-expanded={drawerOpen}
            onClick={() => setDrawerOpen(true)}
          >
            <MenuOutlined />
          </button>
        )}
        <Link to="/" className="lz-brand" aria-label="林政工作台首页">
          <span className="lz-brand-mark" aria-hidden="true">
            林
          </span>
          <span className="lz-brand-name">{siteName ? `${siteName} · 林政工作台` : '林政工作台'}</span>
        </Link>
        <Space size={8} style={{ marginLeft: 'auto' }}>
          <NotificationBell />
          <Dropdown menu={userMenu} trigger={['click']} placement="bottomRight">
            <button type="button" className="lz-header-button" aria-label={`用户菜单：${me.displayName}`}>
              <Avatar size="small" icon={<UserOutlined />} style={{ background: 'rgba(255,255,255,0.2)' }} />
              <span className="lz-user-name">{me.displayName}</span>
              {me.adminKind && <span className="lz-user-role">{ADMIN_KIND_LABELS[me.adminKind]}</span>}
              <DownOutlined style={{ fontSize: 10 }} />
            </button>
          </Dropdown>
        </Space>
      </Header>
      <Layout>
        {phone ? (
          <Drawer
            title="主菜单"
            placement="left"
            size={280}
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            styles={{ body: { padding: 0 } }}
          >
            {menu}
          </Drawer>
        ) : (
          <Sider
            width={220}
            collapsible
            collapsed={collapsed}
            onCollapse={setCollapsed}
            breakpoint="lg"
            theme="light"
            className="lz-sider"
          >
            {menu}
          </Sider>
        )}
        <Layout>
          {/* antd's Content is the page's <main> landmark. */}
          <Content className="lz-content">
            <Suspense fallback={<PageSpin />}>
              <Outlet />
            </Suspense>
          </Content>
          <Footer className="lz-footer">{siteName ? `${siteName} · 林政工作台` : '林政工作台'}</Footer>
        </Layout>
      </Layout>
      <ChangePasswordModal
        username={me.username}
        open={changingPassword}
        onClose={() => setChangingPassword(false)}
      />
    </Layout>
  );
}
