// 此文件由 scripts/openapi-types.ts 根据 /api/openapi.json 生成，请勿手工修改。
// Generated from the server’s OpenAPI document; regenerate with `npm run openapi:types`.
export interface paths {
  '/api/accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 账号列表 */
    get: {
      parameters: {
        query?: {
          kind?: 'staff' | 'citizen' | 'org';
          page?: number;
          pageSize?: number;
          q?: string;
          /** @description UUID */
          unitId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                creditCode: string | null;
                displayName: string;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                id: string;
                /** @description 身份证号（脱敏） */
                idNumberMask: string | null;
                kind: 'staff' | 'citizen' | 'org';
                /** Format: date-time */
                lastLoginAt: string | null;
                locked: boolean;
                /** Format: date-time */
                lockedUntil: string | null;
                locks: {
                  /** @description 被暂停登录的来源地址；为空表示所有地址 */
                  from: string | null;
                  /** Format: date-time */
                  until: string;
                }[];
                mustChangePassword: boolean;
                /** @description 手机号（脱敏） */
                phoneMask: string | null;
                roles: {
                  adminKind: ('system' | 'security' | 'audit') | (never | null);
                  code: string;
                  /**
                   * Format: uuid
                   * @description UUID
                   */
                  id: string;
                  name: string;
                }[];
                status: 'active' | 'disabled';
                totpEnabled: boolean;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                unitId: string | null;
                username: string;
              }[];
              total: number;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    /** 新建工作人员账号（系统管理员） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            displayName: string;
            /** Format: email */
            email?: string | null;
            initialPassword: string;
            /**
             * Format: uuid
             * @description UUID
             */
            personId?: string | null;
            phone?: string | null;
            /**
             * Format: uuid
             * @description UUID
             */
            unitId: string;
            /** @description 用户名（字母开头） */
            username: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              creditCode: string | null;
              displayName: string;
              /**
               * Format: uuid
               * @description UUID
               */
              id: string;
              /** @description 身份证号（脱敏） */
              idNumberMask: string | null;
              kind: 'staff' | 'citizen' | 'org';
              /** Format: date-time */
              lastLoginAt: string | null;
              locked: boolean;
              /** Format: date-time */
              lockedUntil: string | null;
              locks: {
                /** @description 被暂停登录的来源地址；为空表示所有地址 */
                from: string | null;
                /** Format: date-time */
                until: string;
              }[];
              mustChangePassword: boolean;
              /** @description 手机号（脱敏） */
              phoneMask: string | null;
              roles: {
                adminKind: ('system' | 'security' | 'audit') | (never | null);
                code: string;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                id: string;
                name: string;
              }[];
              status: 'active' | 'disabled';
              totpEnabled: boolean;
              /**
               * Format: uuid
               * @description UUID
               */
              unitId: string | null;
              username: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accounts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 账号详情 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              creditCode: string | null;
              displayName: string;
              /**
               * Format: uuid
               * @description UUID
               */
              id: string;
              /** @description 身份证号（脱敏） */
              idNumberMask: string | null;
              kind: 'staff' | 'citizen' | 'org';
              /** Format: date-time */
              lastLoginAt: string | null;
              locked: boolean;
              /** Format: date-time */
              lockedUntil: string | null;
              locks: {
                /** @description 被暂停登录的来源地址；为空表示所有地址 */
                from: string | null;
                /** Format: date-time */
                until: string;
              }[];
              mustChangePassword: boolean;
              /** @description 手机号（脱敏） */
              phoneMask: string | null;
              roles: {
                adminKind: ('system' | 'security' | 'audit') | (never | null);
                code: string;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                id: string;
                name: string;
              }[];
              status: 'active' | 'disabled';
              totpEnabled: boolean;
              /**
               * Format: uuid
               * @description UUID
               */
              unitId: string | null;
              username: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改账号（姓名、单位、状态） */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            displayName?: string;
            /** Format: email */
            email?: string | null;
            status?: 'active' | 'disabled';
            /**
             * Format: uuid
             * @description UUID
             */
            unitId?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              creditCode: string | null;
              displayName: string;
              /**
               * Format: uuid
               * @description UUID
               */
              id: string;
              /** @description 身份证号（脱敏） */
              idNumberMask: string | null;
              kind: 'staff' | 'citizen' | 'org';
              /** Format: date-time */
              lastLoginAt: string | null;
              locked: boolean;
              /** Format: date-time */
              lockedUntil: string | null;
              locks: {
                /** @description 被暂停登录的来源地址；为空表示所有地址 */
                from: string | null;
                /** Format: date-time */
                until: string;
              }[];
              mustChangePassword: boolean;
              /** @description 手机号（脱敏） */
              phoneMask: string | null;
              roles: {
                adminKind: ('system' | 'security' | 'audit') | (never | null);
                code: string;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                id: string;
                name: string;
              }[];
              status: 'active' | 'disabled';
              totpEnabled: boolean;
              /**
               * Format: uuid
               * @description UUID
               */
              unitId: string | null;
              username: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/accounts/{id}/reset-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 重置口令（下次登录须修改） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            temporaryPassword: string;
          };
        };
      };
      responses: {
        /** @description 无内容 */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accounts/{id}/revoke-sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 强制下线 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              revoked: number;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accounts/{id}/roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 授权（安全管理员） */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            roleIds: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              creditCode: string | null;
              displayName: string;
              /**
               * Format: uuid
               * @description UUID
               */
              id: string;
              /** @description 身份证号（脱敏） */
              idNumberMask: string | null;
              kind: 'staff' | 'citizen' | 'org';
              /** Format: date-time */
              lastLoginAt: string | null;
              locked: boolean;
              /** Format: date-time */
              lockedUntil: string | null;
              locks: {
                /** @description 被暂停登录的来源地址；为空表示所有地址 */
                from: string | null;
                /** Format: date-time */
                until: string;
              }[];
              mustChangePassword: boolean;
              /** @description 手机号（脱敏） */
              phoneMask: string | null;
              roles: {
                adminKind: ('system' | 'security' | 'audit') | (never | null);
                code: string;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                id: string;
                name: string;
              }[];
              status: 'active' | 'disabled';
              totpEnabled: boolean;
              /**
               * Format: uuid
               * @description UUID
               */
              unitId: string | null;
              username: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accounts/{id}/unlock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 解锁账号 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 无内容 */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/approvals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 双人审批申请（三员管理员） */
    get: {
      parameters: {
        query?: {
          /** @description UUID */
          accountId?: string;
          page?: number;
          pageSize?: number;
          status?: 'pending' | 'confirmed' | 'rejected' | 'cancelled' | 'expired';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                account: {
                  displayName: string;
                  /**
                   * Format: uuid
                   * @description UUID
                   */
                  id: string;
                  username: string;
                };
                canCancel: boolean;
                canConfirm: boolean;
                canReject: boolean;
                /** Format: date-time */
                decidedAt: string | null;
                decidedBy: {
                  displayName: string;
                  /**
                   * Format: uuid
                   * @description UUID
                   */
                  id: string;
                  username: string;
                } | null;
                decisionNote: string | null;
                email: string | null;
                /** Format: date-time */
                expiresAt: string;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                id: string;
                kind: 'grant-admin' | 'revoke-admin' | 'reset-password' | 'reset-totp' | 'set-email';
                kindLabel: string;
                /** Format: date-time */
                proposedAt: string;
                proposedBy: {
                  displayName: string;
                  /**
                   * Format: uuid
                   * @description UUID
                   */
                  id: string;
                  username: string;
                };
                reason: string;
                role: {
                  code: string;
                  /**
                   * Format: uuid
                   * @description UUID
                   */
                  id: string;
                  name: string;
                } | null;
                status: 'pending' | 'confirmed' | 'rejected' | 'cancelled' | 'expired';
                statusLabel: string;
                summary: string;
              }[];
              total: number;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    /** 提出双人审批申请（管理员角色的授予与撤销，管理员口令、动态口令、邮箱的重置与变更） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: uuid
             * @description UUID
             */
            accountId: string;
            email?: string | null;
            kind: 'grant-admin' | 'revoke-admin' | 'reset-password' | 'reset-totp' | 'set-email';
            /** @description 事由 */
            reason: string;
            /**
             * Format: uuid
             * @description UUID
             */
            roleId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              account: {
                displayName: string;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                id: string;
                username: string;
              };
              canCancel: boolean;
              canConfirm: boolean;
              canReject: boolean;
              /** Format: date-time */
              decidedAt: string | null;
              decidedBy: {
                displayName: string;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                id: string;
                username: string;
              } | null;
              decisionNote: string | null;
              email: string | null;
              /** Format: date-time */
              expiresAt: string;
              /**
               * Format: uuid
               * @description UUID
               */
              id: string;
              kind: 'grant-admin' | 'revoke-admin' | 'reset-password' | 'reset-totp' | 'set-email';
              kindLabel: string;
              /** Format: date-time */
              proposedAt: string;
              proposedBy: {
                displayName: string;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                id: string;
                username: string;
              };
              reason: string;
              role: {
                code: string;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                id: string;
                name: string;
              } | null;
              status: 'pending' | 'confirmed' | 'rejected' | 'cancelled' | 'expired';
              statusLabel: string;
              summary: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/approvals/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 双人审批申请详情 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              account: {
                displayName: string;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                id: string;
                username: string;
              };
              canCancel: boolean;
              canConfirm: boolean;
              canReject: boolean;
              /** Format: date-time */
              decidedAt: string | null;
              decidedBy: {
                displayName: string;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                id: string;
                username: string;
              } | null;
              decisionNote: string | null;
              email: string | null;
              /** Format: date-time */
              expiresAt: string;
              /**
               * Format: uuid
               * @description UUID
               */
              id: string;
              kind: 'grant-admin' | 'revoke-admin' | 'reset-password' | 'reset-totp' | 'set-email';
              kindLabel: string;
              /** Format: date-time */
              proposedAt: string;
              proposedBy: {
                displayName: string;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                id: string;
                username: string;
              };
              reason: string;
              role: {
                code: string;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                id: string;
                name: string;
              } | null;
              status: 'pending' | 'confirmed' | 'rejected' | 'cancelled' | 'expired';
              statusLabel: string;
              summary: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/approvals/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 撤回自己提出的申请 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              account: {
                displayName: string;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                id: string;
                username: string;
              };
              canCancel: boolean;
              canConfirm: boolean;
              canReject: boolean;
              /** Format: date-time */
              decidedAt: string | null;
              decidedBy: {
                displayName: string;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                id: string;
                username: string;
              } | null;
              decisionNote: string | null;
              email: string | null;
              /** Format: date-time */
              expiresAt: string;
              /**
               * Format: uuid
               * @description UUID
               */
              id: string;
              kind: 'grant-admin' | 'revoke-admin' | 'reset-password' | 'reset-totp' | 'set-email';
              kindLabel: string;
              /** Format: date-time */
              proposedAt: string;
              proposedBy: {
                displayName: string;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                id: string;
                username: string;
              };
              reason: string;
              role: {
                code: string;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                id: string;
                name: string;
              } | null;
              status: 'pending' | 'confirmed' | 'rejected' | 'cancelled' | 'expired';
              statusLabel: string;
              summary: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/approvals/{id}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 确认申请（另一位管理员；确认即生效） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              account: {
                displayName: string;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                id: string;
                username: string;
              };
              canCancel: boolean;
              canConfirm: boolean;
              canReject: boolean;
              /** Format: date-time */
              decidedAt: string | null;
              decidedBy: {
                displayName: string;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                id: string;
                username: string;
              } | null;
              decisionNote: string | null;
              email: string | null;
              /** Format: date-time */
              expiresAt: string;
              /**
               * Format: uuid
               * @description UUID
               */
              id: string;
              kind: 'grant-admin' | 'revoke-admin' | 'reset-password' | 'reset-totp' | 'set-email';
              kindLabel: string;
              /** Format: date-time */
              proposedAt: string;
              proposedBy: {
                displayName: string;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                id: string;
                username: string;
              };
              reason: string;
              role: {
                code: string;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                id: string;
                name: string;
              } | null;
              status: 'pending' | 'confirmed' | 'rejected' | 'cancelled' | 'expired';
              statusLabel: string;
              summary: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/approvals/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 驳回申请（须写理由） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              account: {
                displayName: string;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                id: string;
                username: string;
              };
              canCancel: boolean;
              canConfirm: boolean;
              canReject: boolean;
              /** Format: date-time */
              decidedAt: string | null;
              decidedBy: {
                displayName: string;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                id: string;
                username: string;
              } | null;
              decisionNote: string | null;
              email: string | null;
              /** Format: date-time */
              expiresAt: string;
              /**
               * Format: uuid
               * @description UUID
               */
              id: string;
              kind: 'grant-admin' | 'revoke-admin' | 'reset-password' | 'reset-totp' | 'set-email';
              kindLabel: string;
              /** Format: date-time */
              proposedAt: string;
              proposedBy: {
                displayName: string;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                id: string;
                username: string;
              };
              reason: string;
              role: {
                code: string;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                id: string;
                name: string;
              } | null;
              status: 'pending' | 'confirmed' | 'rejected' | 'cancelled' | 'expired';
              statusLabel: string;
              summary: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 审计日志（审计管理员） */
    get: {
      parameters: {
        query?: {
          action?: string;
          actor?: string;
          /** @description YYYY-MM-DD */
          from?: string;
          objectId?: string;
          objectType?: string;
          page?: number;
          pageSize?: number;
          result?: 'success' | 'failure' | 'denied';
          /** @description YYYY-MM-DD */
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                action: string;
                /** @description 操作的中文名称（未登记的旧操作为其代码） */
                actionName: string;
                actorId: string | null;
                actorName: string | null;
                /** Format: date-time */
                at: string;
                /** @description 动作的细节（JSON） */
                detail: unknown;
                /** @description HMAC-SM3(审计密钥; 上一条的哈希 ‖ 本条内容)，密钥起点之前为 SM3 */
                hash: string;
                ip: string | null;
                object: {
                  /** @description 对象的标题或编号；为空时对象已不存在或该类型无从解析 */
                  label: string | null;
                  /** @description 工作台中的页面，仅当查看者有权打开时给出 */
                  link: string | null;
                  /** @description 对象类型的中文名称 */
                  typeName: string;
                } | null;
                objectId: string | null;
                objectType: string | null;
                operator: {
                  /** @description 账号的姓名；无账号时为记录的名称（系统、访客、登录失败时输入的用户名） */
                  name: string;
                  /** @description 所在单位 */
                  unit: string | null;
                  /** @description 用户名（与姓名不同时） */
                  username: string | null;
                };
                prevHash: string;
                requestId: string | null;
                result: 'success' | 'failure' | 'denied';
                seq: number;
              }[];
              total: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出审计日志（Excel，按筛选条件，条数上限见系统设置；导出本身记入审计日志） */
    get: {
      parameters: {
        query?: {
          action?: string;
          actor?: string;
          /** @description YYYY-MM-DD */
          from?: string;
          objectId?: string;
          objectType?: string;
          result?: 'success' | 'failure' | 'denied';
          /** @description YYYY-MM-DD */
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 审计日志 xlsx */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/catalogue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 审计日志的操作与对象类型（中文名称，按登记的模块），供筛选 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              actions: {
                action: string;
                /** @description 登记该操作的模块 */
                module: string;
                name: string;
              }[];
              objectTypes: {
                module: string;
                name: string;
                type: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 校验审计链（HMAC-SM3 与链尾检查点） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 校验的记录数 */
              checked: number;
              checkpoints: {
                /** @description 数据库之外的链尾检查点数 */
                found: number;
                latest: {
                  /** Format: date-time */
                  at: string;
                  seq: number;
                } | null;
              };
              firstBroken: {
                reason: string;
                /** @description 第一条不成立的记录；为空时指检查点文件 */
                seq: number | null;
              } | null;
              /** @description 自该条起以 HMAC-SM3（审计密钥）校验，之前为 SM3 */
              keyedFrom: number | null;
              ok: boolean;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登录（口令，管理员另需动态口令） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 口令 */
            password: string;
            /** @description 6 位动态口令 */
            totp?: string;
            /** @description 用户名 */
            username: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              csrfToken: string;
              mustChangePassword: boolean;
              stage: 'active' | 'totp-enrol';
              totpEnrolment?: {
                /** Format: date-time */
                expiresAt: string;
                /** @description 绑定码已发往的邮箱或手机（脱敏） */
                sentTo: string;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        423: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 退出登录 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 无内容 */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 修改本人口令 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            currentPassword: string;
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description 无内容 */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-reset/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 凭验证码（或窗口、双人审批发给本人的重置码）设置新密码；其他登录全部退出 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            newPassword: string;
            username: string;
          };
        };
      };
      responses: {
        /** @description 无内容 */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-reset/request': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 找回密码：向账号登记的邮箱和手机发送验证码（无论用户名是否存在，答复相同） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            humanCheck?: {
              answer: string;
              id: string;
            };
            username: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              message: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/register': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 公众注册（个人用身份证号，法人用统一社会信用代码）；无论证件是否已注册，答复相同 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 同意的《个人信息保护告知》版本（当前 2026-03） */
            consent: string;
            creditCode?: string;
            displayName: string;
            /** Format: email */
            email?: string;
            humanCheck?: {
              answer: string;
              /** @description 验证问题的编号（HUMAN_CHECK_REQUIRED 答复中给出） */
              id: string;
            };
            idNumber?: string;
            kind: 'citizen' | 'org';
            password: string;
            phone?: string;
            /** @description 用户名（字母开头） */
            username: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              message: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/totp/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 确认动态口令绑定（管理员首次登录） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            totp: string;
          };
        };
      };
      responses: {
        /** @description 无内容 */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/totp/enrol': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 凭发给本人的绑定码取得新的动态口令密钥（管理员首次登录或动态口令重置后） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 邮件或短信中的绑定码 */
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              secret: string;
              uri: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendar/due': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 计算期限届满日（公开）：自某日起第 N 个工作日 */
    get: {
      parameters: {
        query: {
          /** @description YYYY-MM-DD（北京时间日期） */
          from: string;
          /** @description 工作日数（0–365） */
          workdays: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * Format: date
               * @description YYYY-MM-DD（北京时间日期）
               */
              due: string;
              explanation: {
                /** @description 计入的调休上班日 */
                adjustedWorkdays: {
                  /**
                   * Format: date
                   * @description YYYY-MM-DD（北京时间日期）
                   */
                  day: string;
                  name: string;
                }[];
                /**
                 * Format: date
                 * @description YYYY-MM-DD（北京时间日期）
                 */
                due: string;
                /**
                 * Format: date
                 * @description YYYY-MM-DD（北京时间日期）
                 */
                from: string;
                provisionalYears: number[];
                /** @description 跳过的法定节假日 */
                skippedHolidays: {
                  /**
                   * Format: date
                   * @description YYYY-MM-DD（北京时间日期）
                   */
                  day: string;
                  name: string;
                }[];
                /** @description 跳过的周末（非节假日、非调休） */
                skippedWeekends: string[];
                workdays: number;
              };
              /** @description 届满日依据暂定日历时给出（显示“暂定”）；否则为 null */
              provisional: {
                /** @description 一句话说明：为何暂定、依据什么推算 */
                note: string;
                /** @description 尚未录入正式安排的年份 */
                years: number[];
              } | null;
              /** @description 中文说明，可对照日历逐日核对 */
              text: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendar/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 工作日历状态与提醒 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 届满日为暂定的进行中计时数 */
              clocksProvisional: number;
              clocksWithoutDue: number;
              currentYear: number;
              currentYearMissing: boolean;
              nextYearMissing: boolean;
              /** @description 本年、下一年中尚未录入、按暂定日历计算的年份 */
              provisionalYears: {
                note: string;
                year: number;
              }[];
              warning: string | null;
              years: {
                holidays: number;
                note: string | null;
                source: 'chinese-days' | 'manual';
                /** Format: date-time */
                updatedAt: string;
                workdays: number;
                year: number;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendar/years/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 某年的节假日与调休上班日 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 年份 */
          year: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              days: {
                /**
                 * Format: date
                 * @description YYYY-MM-DD（北京时间日期）
                 */
                day: string;
                /** @description holiday 节假日 / workday 调休上班日 */
                kind: 'holiday' | 'workday';
                name: string;
              }[];
              note: string | null;
              source: 'chinese-days' | 'manual';
              /** Format: date-time */
              updatedAt: string;
              year: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    /** 替换某年的节假日与调休上班日（系统管理员）；重新计算进行中的计时 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 年份 */
          year: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            days: {
              /**
               * Format: date
               * @description YYYY-MM-DD（北京时间日期）
               */
              day: string;
              /** @description holiday 节假日 / workday 调休上班日 */
              kind: 'holiday' | 'workday';
              /** @description 名称，如 国庆节 */
              name: string;
            }[];
            /** @description 说明（如发文号） */
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 届满日因此改变的计时数 */
              clocksChanged: number;
              /** @description 重新计算届满日的计时数 */
              clocksRecomputed: number;
              days: {
                /**
                 * Format: date
                 * @description YYYY-MM-DD（北京时间日期）
                 */
                day: string;
                /** @description holiday 节假日 / workday 调休上班日 */
                kind: 'holiday' | 'workday';
                name: string;
              }[];
              note: string | null;
              source: 'chinese-days' | 'manual';
              /** Format: date-time */
              updatedAt: string;
              year: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendar/years/{year}/provisional': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 某年的暂定日历：按《全国年节及纪念日放假办法》推算的法定节假日与补假（未录入正式安排时据此计算期限） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 年份 */
          year: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 推算依据 */
              basis: string;
              days: {
                /**
                 * Format: date
                 * @description YYYY-MM-DD（北京时间日期）
                 */
                day: string;
                /** @enum {string} */
                kind: 'holiday';
                /** @description 春节，或 春节补假 */
                name: string;
                /** @description 为何放假：农历除夕、补2月6日（星期六）… */
                why: string;
              }[];
              /** @description 暂定说明 */
              note: string;
              year: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/clocks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 计时详情（含届满日说明） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              dueAt: string | null;
              dueError: string | null;
              events: {
                amount: number | null;
                approvedBy: string | null;
                /** Format: date-time */
                at: string;
                kind: string;
                reason: string;
                seq: number;
              }[];
              explanation: {
                /** @description 计入的调休上班日 */
                adjustedWorkdays: {
                  /**
                   * Format: date
                   * @description YYYY-MM-DD（北京时间日期）
                   */
                  day: string;
                  name: string;
                }[];
                /** Format: date-time */
                dueAt: string | null;
                /**
                 * Format: date
                 * @description YYYY-MM-DD（北京时间日期）
                 */
                dueDay: string | null;
                error: string | null;
                extensions: {
                  amount: number;
                  approvedBy: string | null;
                  /** Format: date-time */
                  at: string;
                  reason: string;
                }[];
                extensionTotal: number;
                limit: number;
                paused: boolean;
                pausedTotal: number;
                pauses: {
                  /** Format: date-time */
                  from: string;
                  /**
                   * Format: date
                   * @description YYYY-MM-DD（北京时间日期）
                   */
                  fromDay: string;
                  notCounted: number | null;
                  notCountedDays: string[];
                  notCountedUnit: string;
                  reason: string;
                  /** Format: date-time */
                  to: string | null;
                  /**
                   * Format: date
                   * @description YYYY-MM-DD（北京时间日期）
                   */
                  toDay: string | null;
                }[];
                /** @description 届满日依据暂定日历时给出（显示“暂定”）；否则为 null */
                provisional: {
                  /** @description 一句话说明：为何暂定、依据什么推算 */
                  note: string;
                  /** @description 尚未录入正式安排的年份 */
                  years: number[];
                } | null;
                /**
                 * Format: date
                 * @description YYYY-MM-DD（北京时间日期）
                 */
                rolledFrom: string | null;
                /** @description 跳过的法定节假日 */
                skippedHolidays: {
                  /**
                   * Format: date
                   * @description YYYY-MM-DD（北京时间日期）
                   */
                  day: string;
                  name: string;
                }[];
                /** @description 跳过的周末（非节假日、非调休） */
                skippedWeekends: string[];
                /**
                 * Format: date
                 * @description YYYY-MM-DD（北京时间日期）
                 */
                startDay: string;
                /** Format: date-time */
                startedAt: string;
                stopped: {
                  /** Format: date-time */
                  at: string;
                  reason: string;
                } | null;
                text: string;
                unit: string;
              } | null;
              id: string;
              kind: string | null;
              label: string;
              limit: {
                unit: string;
                value: number;
              };
              /** @description 届满日依据暂定日历时给出（显示“暂定”）；否则为 null */
              provisional: {
                /** @description 一句话说明：为何暂定、依据什么推算 */
                note: string;
                /** @description 尚未录入正式安排的年份 */
                years: number[];
              } | null;
              responsibleAccountId: string | null;
              responsibleUnitId: string | null;
              /** Format: date-time */
              startedAt: string;
              status: 'running' | 'paused' | 'stopped';
              /** Format: date-time */
              stoppedAt: string | null;
              subjectId: string;
              subjectType: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/counter/accounts/{id}/reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 窗口：核验证件原件后出具密码重置码（本人凭码自设新密码） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            agentIdNumber?: string;
            agentName?: string;
            /** @description 已核验证件原件，来人与证件相符 */
            checked: boolean;
            /** @description 个人：居民身份证、临时居民身份证；单位：营业执照、事业单位法人证书、社会团体法人登记证书、其他登记证书 */
            documentType: string;
            kind: 'citizen' | 'org';
            /** @description 证件上的号码（再次核对） */
            number: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              account: {
                displayName: string;
                emailMask: string | null;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                id: string;
                /** @description 身份证号（脱敏）或统一社会信用代码 */
                identity: string;
                kind: 'citizen' | 'org';
                phoneMask: string | null;
                status: 'active' | 'disabled';
                username: string;
              };
              code: string;
              /** Format: date-time */
              expiresAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/counter/accounts/lookup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 窗口：按证件号码查找公众账号（核验证件后重置密码用） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            kind: 'citizen' | 'org';
            number: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              displayName: string;
              emailMask: string | null;
              /**
               * Format: uuid
               * @description UUID
               */
              id: string;
              /** @description 身份证号（脱敏）或统一社会信用代码 */
              identity: string;
              kind: 'citizen' | 'org';
              phoneMask: string | null;
              status: 'active' | 'disabled';
              username: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/display/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 今日办件数据（公开，缓存数秒） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 今日受理 */
              accepted: number;
              date: string;
              /** @description 今日办结（准予或不予许可） */
              decided: number;
              /** @description 今日按时办结 */
              onTime: number;
              /** @description 按时办结率（%） */
              onTimeRate: number | null;
              /** @description 今日收件 */
              received: number;
              updatedAt: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/harvest/objections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 采伐公示收到的异议（按办件） */
    get: {
      parameters: {
        query: {
          caseId: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                caseId: string;
                contact: string | null;
                content: string;
                createdAt: string;
                id: string;
                name: string;
                noticeId: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/harvest/permits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 林木采伐许可证登记（按县、状态、关键词） */
    get: {
      parameters: {
        query?: {
          cityCode?: string;
          countyCode?: string;
          page?: number;
          pageSize?: number;
          /** @description 受理编号、证号或采伐单位（个人） */
          q?: string;
          status?: 'approved' | 'issued' | 'revoked';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                approvedAt: string;
                areaMu: number;
                caseId: string;
                countyCode: string;
                countyName: string;
                downloadUrl: string | null;
                forestCategory: string;
                forestCategoryLabel: string;
                harvestTypeLabel: string;
                holderKind: string;
                holderName: string;
                id: string;
                issuedAt: string | null;
                location: string;
                number: string | null;
                periodFrom: string;
                periodTo: string;
                publicHolderName: string;
                receiptCode: string;
                releasedVolume: number | null;
                revokedAt: string | null;
                revokeReason: string | null;
                species: string;
                /** @description approved 已批准待发证 / issued 已发证 / revoked 已撤销 */
                status: string;
                stockVolume: number;
                /** @description pending / valid / expired / revoked */
                validity: string;
                validityLabel: string;
              }[];
              total: number;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/harvest/permits/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 一份许可证及其限额变动 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              approvedAt: string;
              areaMu: number;
              caseId: string;
              countyCode: string;
              countyName: string;
              downloadUrl: string | null;
              forestCategory: string;
              forestCategoryLabel: string;
              harvestTypeLabel: string;
              holderKind: string;
              holderName: string;
              id: string;
              issuedAt: string | null;
              location: string;
              movements: {
                actorName: string;
                amount: number;
                at: string;
                basis: string | null;
                caseId: string | null;
                id: string;
                kind: string;
                kindLabel: string;
                permitId: string | null;
                receiptCode: string | null;
                remainingAfter: number;
              }[];
              number: string | null;
              periodFrom: string;
              periodTo: string;
              publicHolderName: string;
              receiptCode: string;
              releasedVolume: number | null;
              revokedAt: string | null;
              revokeReason: string | null;
              species: string;
              /** @description approved 已批准待发证 / issued 已发证 / revoked 已撤销 */
              status: string;
              stockVolume: number;
              /** @description pending / valid / expired / revoked */
              validity: string;
              validityLabel: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/harvest/permits/{id}/certificate.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载许可证 PDF（持证人或有权查看的工作人员） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 许可证 PDF */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/harvest/permits/{id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 撤销林木采伐许可证（未采伐部分释放回采伐限额） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 撤销时已采伐的蓄积（立方米）；其余释放回采伐限额 */
            harvestedVolume?: number;
            /** @description 撤销理由 */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              approvedAt: string;
              areaMu: number;
              caseId: string;
              countyCode: string;
              countyName: string;
              downloadUrl: string | null;
              forestCategory: string;
              forestCategoryLabel: string;
              harvestTypeLabel: string;
              holderKind: string;
              holderName: string;
              id: string;
              issuedAt: string | null;
              location: string;
              number: string | null;
              periodFrom: string;
              periodTo: string;
              publicHolderName: string;
              receiptCode: string;
              releasedVolume: number | null;
              revokedAt: string | null;
              revokeReason: string | null;
              species: string;
              /** @description approved 已批准待发证 / issued 已发证 / revoked 已撤销 */
              status: string;
              stockVolume: number;
              /** @description pending / valid / expired / revoked */
              validity: string;
              validityLabel: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/harvest/quotas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 采伐限额余额（按县、年度、森林类别、采伐类型） */
    get: {
      parameters: {
        query?: {
          /** @description 省辖市行政区划代码 */
          cityCode?: string;
          /** @description 县级行政区划代码 */
          countyCode?: string;
          /** @description 森林类别：public_welfare 公益林，commercial 商品林 */
          forestCategory?: 'public_welfare' | 'commercial';
          /** @description 采伐类型：final 主伐，tending 抚育采伐，renewal 更新采伐，upgrading 低质低效林改造，other 其他 */
          harvestType?: 'final' | 'tending' | 'renewal' | 'upgrading' | 'other';
          page?: number;
          pageSize?: number;
          /** @description 年度 */
          year?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                allocated: number;
                cityCode: string;
                cityName: string;
                consumed: number;
                countyCode: string;
                countyName: string;
                forestCategory: string;
                forestCategoryLabel: string;
                harvestType: string;
                harvestTypeLabel: string;
                id: string;
                /** @description 五年规划期，如 2026–2030（十五五） */
                period: string;
                remaining: number;
                updatedAt: string;
                year: number;
              }[];
              total: number;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/harvest/quotas/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 一条采伐限额及其台账核对 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              allocated: number;
              cityCode: string;
              cityName: string;
              consumed: number;
              countyCode: string;
              countyName: string;
              forestCategory: string;
              forestCategoryLabel: string;
              harvestType: string;
              harvestTypeLabel: string;
              id: string;
              ledger: {
                allocated: number;
                /** @description 余额与台账合计一致 */
                consistent: boolean;
                consumed: number;
                entries: number;
                remaining: number;
              };
              /** @description 五年规划期，如 2026–2030（十五五） */
              period: string;
              remaining: number;
              updatedAt: string;
              year: number;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/harvest/quotas/{id}/adjustments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 调整采伐限额（调增或调减，不得低于已消耗量） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 调整数量（立方米），调增为正、调减为负 */
            amount: number;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              allocated: number;
              cityCode: string;
              cityName: string;
              consumed: number;
              countyCode: string;
              countyName: string;
              forestCategory: string;
              forestCategoryLabel: string;
              harvestType: string;
              harvestTypeLabel: string;
              id: string;
              /** @description 五年规划期，如 2026–2030（十五五） */
              period: string;
              remaining: number;
              updatedAt: string;
              year: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/harvest/quotas/{id}/ledger': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 采伐限额台账（下达、消耗、释放、调整） */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
        };
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                actorName: string;
                amount: number;
                at: string;
                basis: string | null;
                caseId: string | null;
                id: string;
                kind: string;
                kindLabel: string;
                permitId: string | null;
                receiptCode: string | null;
                remainingAfter: number;
              }[];
              total: number;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/harvest/quotas/allocations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 下达采伐限额（森林资源管理处） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 下达文件文号或说明 */
            basis: string;
            /** @description 县级行政区划代码 */
            countyCode: string;
            /** @description 森林类别：public_welfare 公益林，commercial 商品林 */
            forestCategory: 'public_welfare' | 'commercial';
            /** @description 采伐类型：final 主伐，tending 抚育采伐，renewal 更新采伐，upgrading 低质低效林改造，other 其他 */
            harvestType: 'final' | 'tending' | 'renewal' | 'upgrading' | 'other';
            /** @description 立方米（最多 2 位小数） */
            volume: number;
            /** @description 年度 */
            year: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              allocated: number;
              cityCode: string;
              cityName: string;
              consumed: number;
              countyCode: string;
              countyName: string;
              forestCategory: string;
              forestCategoryLabel: string;
              harvestType: string;
              harvestTypeLabel: string;
              id: string;
              /** @description 五年规划期，如 2026–2030（十五五） */
              period: string;
              remaining: number;
              updatedAt: string;
              year: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/harvest/quotas/by-city': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 年度采伐限额按省辖市汇总（下达、消耗、剩余） */
    get: {
      parameters: {
        query: {
          /** @description 森林类别：public_welfare 公益林，commercial 商品林 */
          forestCategory?: 'public_welfare' | 'commercial';
          /** @description 采伐类型：final 主伐，tending 抚育采伐，renewal 更新采伐，upgrading 低质低效林改造，other 其他 */
          harvestType?: 'final' | 'tending' | 'renewal' | 'upgrading' | 'other';
          /** @description 年度 */
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                allocated: number;
                cityCode: string;
                cityName: string;
                consumed: number;
                remaining: number;
              }[];
              total: {
                allocated: number;
                consumed: number;
                remaining: number;
              };
              year: number;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/harvest/regions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 采伐限额编限单位：省辖市及其县级行政区 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                code: string;
                counties: {
                  code: string;
                  name: string;
                }[];
                name: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/harvest/transport-permits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 木材运输证历史档案（2020年7月1日起已取消，只读） */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          q?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                assortment: string;
                destination: string;
                id: string;
                importedAt: string;
                issuedOn: string;
                issuer: string;
                note: string | null;
                number: string;
                origin: string;
                pieces: number | null;
                shipper: string;
                sourceName: string | null;
                species: string;
                validFrom: string;
                validUntil: string;
                vehicle: string | null;
                volume: number;
              }[];
              total: number;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/harvest/transport-permits/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 导入木材运输证历史记录（CSV；签发日期晚于 2020-06-30 的行一律拒收） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description CSV 文本（UTF-8，首行为表头） */
            csv: string;
            /** @description 只检查，不导入 */
            dryRun?: boolean;
            fileName?: string;
            /** @description 只导入无误的行（默认：有任何错误则全部不导入） */
            partial?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              errors: {
                field: string;
                line: number;
                message: string;
              }[];
              imported: boolean;
              inserted: number;
              rejected: number;
              total: number;
              unchanged: number;
              updated: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/info/bulletins': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 信息专报（编辑中的在前，已印发的按期号倒序） */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          year?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                instructions: number;
                issuedAt: string | null;
                items: number;
                number: string | null;
                status: 'draft' | 'issued';
                statusLabel: string;
                title: string;
              }[];
              total: number;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    /** 用所选信息编辑一期专报（草稿） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            itemIds: string[];
            title: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              number: string | null;
              status: 'draft' | 'issued';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/info/bulletins/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 一期专报：所刊信息、报送范围、领导批示 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              events: {
                actorName: string | null;
                at: string;
                text: string;
              }[];
              id: string;
              instructions: {
                hasScan: boolean;
                id: string;
                instructedAt: string;
                itemId: string | null;
                leaderLevel: string;
                leaderName: string;
                leaderTitle: string;
                points: number;
                supervisionItemId: string | null;
                supervisionNumber: string | null;
                text: string;
              }[];
              issuedAt: string | null;
              items: {
                body: string;
                classified: boolean;
                itemId: string;
                originalTitle: string;
                position: number;
                title: string;
                unitName: string;
              }[];
              number: string | null;
              office: string;
              publication: string;
              reportTo: string[];
              sendTo: string[];
              status: 'draft' | 'issued';
              statusLabel: string;
              supervisionListens: boolean;
              title: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    /** 修改专报草稿（顺序、标题与正文、报送范围） */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            items: {
              body?: string;
              /** Format: uuid */
              itemId: string;
              title?: string;
            }[];
            reportTo: string[];
            sendTo: string[];
            title: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              number: string | null;
              status: 'draft' | 'issued';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/info/bulletins/{id}/docx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 专报 Word 文件（信息专报版式：红色刊头、期号、编发单位与日期，报送范围） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Word 文件 */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/info/bulletins/{id}/instructions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 录入领导批示（对本期或其中一条信息）；督查督办模块据此立项 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 批示时间（ISO 8601） */
            instructedAt: string;
            /** Format: uuid */
            itemId?: string | null;
            /** @description provincial 省领导 / department 局领导 */
            leaderLevel: string;
            leaderName: string;
            leaderTitle?: string;
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              points: number;
              supervisionItemId: string | null;
              supervisionNumber: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/info/bulletins/{id}/issue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 印发专报：编号（年度第N期），所刊信息按专报级别采用计分 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              number: string | null;
              status: 'draft' | 'issued';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/info/emergencies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 突发事件信息看板：报送倒计时、超时标记与统计（view=mine 只看本单位） */
    get: {
      parameters: {
        query?: {
          view?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              counts: {
                late: number;
                onTime: number;
                open: number;
                overdue: number;
                overduePending: number;
                pending: number;
                total: number;
              };
              limitHours: number;
              now: string;
              registrations: {
                countyName: string;
                dueAt: string | null;
                eventAt: string;
                overdue: boolean;
                remainingMs: number | null;
                standing: 'pending' | 'overdue_pending' | 'on_time' | 'late';
                standingLabel: string;
                submittedAt: string | null;
                unitName: string;
              }[];
              reports: {
                countyName: string;
                dueAt: string | null;
                eventAt: string;
                finalAt: string | null;
                followUps: number;
                id: string;
                nature: string;
                overdue: boolean;
                place: string;
                remainingMs: number | null;
                standing: 'pending' | 'overdue_pending' | 'on_time' | 'late';
                standingLabel: string;
                status:
                  | 'draft'
                  | 'submitted'
                  | 'reviewing'
                  | 'returned'
                  | 'adopted'
                  | 'not_adopted'
                  | 'withdrawn';
                statusLabel: string;
                submittedAt: string | null;
                title: string;
                unitName: string;
              }[];
              view: 'mine' | 'all';
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    /** 报告突发事件：登记并开始报送计时，或 submit=true 直接报送首报（即时通知办公室和分管领导） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            authorName?: string;
            casualties?: string;
            contact?: string;
            countyCode?: string;
            /** @description 事发时间（续报、终报为情况截至时间），ISO 8601 */
            eventAt?: string;
            leadersOnSite?: string;
            measures?: string;
            nature?: string;
            place?: string;
            scope?: string;
            /** @description true 报送首报；false 只登记并开始计时 */
            submit?: boolean;
            title?: string;
            trend?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              dueAt: string | null;
              id: string;
              initialId: string;
              status:
                | 'draft'
                | 'submitted'
                | 'reviewing'
                | 'returned'
                | 'adopted'
                | 'not_adopted'
                | 'withdrawn';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/info/emergencies/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 一起突发事件：首报、续报、终报与时间线 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              can: {
                edit: boolean;
                followUp: boolean;
              };
              closed: boolean;
              countyCode: string | null;
              dueAt: string | null;
              eventAt: string;
              events: {
                actorName: string | null;
                at: string;
                kind: string;
                note: string | null;
                text: string;
              }[];
              id: string;
              now: string;
              overdue: boolean;
              remainingMs: number | null;
              reports: {
                authorName: string;
                contact: string;
                countyName: string;
                eventAt: string | null;
                facts: {
                  field: string;
                  label: string;
                  value: string;
                }[];
                id: string;
                kind: 'initial' | 'followup' | 'final';
                kindLabel: string;
                submittedAt: string | null;
                title: string;
              }[];
              standing: 'pending' | 'overdue_pending' | 'on_time' | 'late';
              standingLabel: string;
              status:
                | 'draft'
                | 'submitted'
                | 'reviewing'
                | 'returned'
                | 'adopted'
                | 'not_adopted'
                | 'withdrawn';
              statusLabel: string;
              submittedAt: string | null;
              title: string;
              unitName: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    /** 补充已登记的突发事件（submit=true 同时报送首报） */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            authorName?: string;
            casualties?: string;
            contact?: string;
            countyCode?: string;
            /** @description 事发时间（续报、终报为情况截至时间），ISO 8601 */
            eventAt?: string;
            leadersOnSite?: string;
            measures?: string;
            nature?: string;
            place?: string;
            scope?: string;
            /** @description true 报送首报；false 只登记并开始计时 */
            submit?: boolean;
            title?: string;
            trend?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              dueAt: string | null;
              id: string;
              initialId: string;
              status:
                | 'draft'
                | 'submitted'
                | 'reviewing'
                | 'returned'
                | 'adopted'
                | 'not_adopted'
                | 'withdrawn';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/info/emergencies/{id}/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 续报或终报（挂在首报之下，同一时间线） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            authorName?: string;
            casualties?: string;
            contact?: string;
            countyCode?: string;
            /** @description 事发时间（续报、终报为情况截至时间），ISO 8601 */
            eventAt?: string;
            /** @description followup 续报 / final 终报 */
            kind: string;
            leadersOnSite?: string;
            measures?: string;
            nature?: string;
            place?: string;
            scope?: string;
            title?: string;
            trend?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              dueAt: string | null;
              id: string;
              initialId: string;
              status:
                | 'draft'
                | 'submitted'
                | 'reviewing'
                | 'returned'
                | 'adopted'
                | 'not_adopted'
                | 'withdrawn';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/info/emergencies/counties': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 事发县（市、区）选项：河南省各省辖市及所辖县级行政区 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              counties: (
                | {
                    label: string;
                    value: string;
                  }
                | {
                    label: string;
                    options: {
                      label: string;
                      value: string;
                    }[];
                  }
              )[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/info/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 信息列表：办公室审核队列，或本单位的信息（view=mine） */
    get: {
      parameters: {
        query?: {
          depth?: string;
          from?: string;
          level?: string;
          page?: number;
          pageSize?: number;
          q?: string;
          status?: string;
          to?: string;
          type?: string;
          unitId?: string;
          view?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              counts: {
                [key: string]: number;
              };
              items: {
                authorName: string;
                depth: 'comprehensive' | 'general';
                depthLabel: string;
                dueAt: string | null;
                eventAt: string | null;
                id: string;
                levels: {
                  label: string;
                  level: 'website' | 'bulletin' | 'province' | 'nfga' | 'central';
                }[];
                points: number;
                reportKindLabel: string | null;
                status:
                  | 'draft'
                  | 'submitted'
                  | 'reviewing'
                  | 'returned'
                  | 'adopted'
                  | 'not_adopted'
                  | 'withdrawn';
                statusLabel: string;
                submittedAt: string | null;
                title: string;
                type: 'news' | 'experience' | 'problem' | 'suggestion' | 'research' | 'emergency';
                typeLabel: string;
                unitId: string;
                unitName: string;
                updatedAt: string;
              }[];
              total: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    /** 新建信息（草稿，或 submit=true 直接报送） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            authorName: string;
            body: string;
            classified?: boolean;
            contact?: string;
            depth: string;
            keywords?: string[];
            /** Format: uuid */
            solicitationId?: string | null;
            /** @description 保存后立即报送 */
            submit?: boolean;
            title: string;
            type: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              status:
                | 'draft'
                | 'submitted'
                | 'reviewing'
                | 'returned'
                | 'adopted'
                | 'not_adopted'
                | 'withdrawn';
              statusLabel: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/info/items/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 信息详情（采用、积分、时间线） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adoptions: {
                adoptedAt: string;
                id: string;
                label: string;
                level: 'website' | 'bulletin' | 'province' | 'nfga' | 'central';
                note: string | null;
                points: number;
              }[];
              authorName: string;
              body: string;
              can: {
                adoptLevels: {
                  label: string;
                  level: 'website' | 'bulletin' | 'province' | 'nfga' | 'central';
                  points: number;
                }[];
                edit: boolean;
                review: boolean;
                startReview: boolean;
                withdraw: boolean;
              };
              classified: boolean;
              contact: string;
              depth: 'comprehensive' | 'general';
              depthLabel: string;
              dueAt: string | null;
              editedBody: string | null;
              emergencyId: string | null;
              eventAt: string | null;
              events: {
                actorName: string | null;
                at: string;
                kind: string;
                note: string | null;
                text: string;
              }[];
              id: string;
              keywords: string[];
              levels: {
                label: string;
                level: 'website' | 'bulletin' | 'province' | 'nfga' | 'central';
              }[];
              pointEntries: {
                at: string;
                authorName: string;
                label: string;
                points: number;
              }[];
              points: number;
              reportKindLabel: string | null;
              reviewNote: string | null;
              status:
                | 'draft'
                | 'submitted'
                | 'reviewing'
                | 'returned'
                | 'adopted'
                | 'not_adopted'
                | 'withdrawn';
              statusLabel: string;
              submittedAt: string | null;
              title: string;
              type: 'news' | 'experience' | 'problem' | 'suggestion' | 'research' | 'emergency';
              typeLabel: string;
              unitId: string;
              unitName: string;
              updatedAt: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    /** 修改草稿或退回修改的信息（submit=true 同时报送） */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            authorName: string;
            body: string;
            classified?: boolean;
            contact?: string;
            depth: string;
            keywords?: string[];
            /** Format: uuid */
            solicitationId?: string | null;
            /** @description 保存后立即报送 */
            submit?: boolean;
            title: string;
            type: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              status:
                | 'draft'
                | 'submitted'
                | 'reviewing'
                | 'returned'
                | 'adopted'
                | 'not_adopted'
                | 'withdrawn';
              statusLabel: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/info/items/{id}/adoptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 在某一级别采用（积分按系统设置；同一级别不能重复采用） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            editedBody?: string | null;
            /** @description 采用级别（系统设置中的级别） */
            level: string;
            note?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              status:
                | 'draft'
                | 'submitted'
                | 'reviewing'
                | 'returned'
                | 'adopted'
                | 'not_adopted'
                | 'withdrawn';
              statusLabel: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/info/items/{id}/rejection': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 不予采用（须写明理由） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              status:
                | 'draft'
                | 'submitted'
                | 'reviewing'
                | 'returned'
                | 'adopted'
                | 'not_adopted'
                | 'withdrawn';
              statusLabel: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/info/items/{id}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 退回修改（须写明理由） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              status:
                | 'draft'
                | 'submitted'
                | 'reviewing'
                | 'returned'
                | 'adopted'
                | 'not_adopted'
                | 'withdrawn';
              statusLabel: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/info/items/{id}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 开始审核 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              status:
                | 'draft'
                | 'submitted'
                | 'reviewing'
                | 'returned'
                | 'adopted'
                | 'not_adopted'
                | 'withdrawn';
              statusLabel: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/info/items/{id}/withdrawal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 撤回信息（办公室开始审核前） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              status:
                | 'draft'
                | 'submitted'
                | 'reviewing'
                | 'returned'
                | 'adopted'
                | 'not_adopted'
                | 'withdrawn';
              statusLabel: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/info/mine/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本单位本周报送任务与本季度报送、采用、积分 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              quarter: {
                adopted: number;
                label: string;
                points: number;
                submitted: number;
              };
              unitName: string;
              week: {
                monday: string;
                quota: number;
                submitted: number;
                sunday: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/info/quotas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 每周报送任务完成情况（单位 × 周；整周节假日不计） */
    get: {
      parameters: {
        query?: {
          /** @description 该日所在周起（止） */
          from?: string;
          /** @description 该日所在周起（止） */
          to?: string;
          /** @description 单位类别：division / affiliated / city_bureau / county_bureau */
          type?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              rows: {
                cells: {
                  monday: string;
                  /** @description met 完成 / missed 未完成 / open 本周进行中 / holiday 整周节假日不计 */
                  state: 'met' | 'missed' | 'open' | 'holiday';
                  submitted: number;
                }[];
                met: number;
                missed: number;
                quota: number;
                unitId: string;
                unitName: string;
                unitType: string;
              }[];
              weeks: {
                counted: boolean;
                lastWorkingDay: string | null;
                monday: string;
                sunday: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/info/vocab': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 政务信息的类型、层次、状态与采用级别（含当前积分） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              depths: {
                label: string;
                value: string;
              }[];
              levels: {
                label: string;
                points: number;
                value: string;
              }[];
              statuses: {
                label: string;
                value: string;
              }[];
              types: {
                label: string;
                value: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/interaction/letters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 来信列表（分办队列、我单位来信、超期督办；按数据权限，网上举报仅纪检可见） */
    get: {
      parameters: {
        query?: {
          channel?: 'mailbox' | 'report' | 'consult' | 'prereview';
          flagged?: boolean;
          mine?: boolean;
          order?: 'due' | 'newest';
          overdue?: boolean;
          page?: number;
          pageSize?: number;
          q?: string;
          status?: (
            | 'received'
            | 'assigned'
            | 'drafted'
            | 'office_review'
            | 'answered'
            | 'rejected'
            | 'forwarded'
            | 'merged'
          )[];
          unitId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 各办理中状态的件数与 overdue（已超期） */
              counts: {
                [key: string]: number;
              };
              items: {
                /** Format: date-time */
                answeredAt: string | null;
                category: string;
                channel: 'mailbox' | 'report' | 'consult' | 'prereview';
                channelName: string;
                complex: boolean;
                /** Format: date-time */
                dueAt: string | null;
                flaggedWords: string[];
                id: string;
                number: string;
                overdue: boolean;
                published: boolean;
                rating: ('satisfied' | 'fair' | 'unsatisfied') | (never | null);
                ratingLabel: string | null;
                reopenCount: number;
                source: string;
                status:
                  | 'received'
                  | 'assigned'
                  | 'drafted'
                  | 'office_review'
                  | 'answered'
                  | 'rejected'
                  | 'forwarded'
                  | 'merged';
                statusLabel: string;
                subject: string;
                /** Format: date-time */
                submittedAt: string;
                unitId: string | null;
                unitName: string | null;
                /** @description 来信人（已脱敏；网上举报为空） */
                writerMask: string;
              }[];
              total: number;
              /** @description 超过 1000 条时只说“1000+” */
              totalExact: boolean;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/interaction/letters/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 来信详情（来信人身份不在其中）与当前可做的操作 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              answeredAt: string | null;
              category: string;
              channel: 'mailbox' | 'report' | 'consult' | 'prereview';
              channelName: string;
              complex: boolean;
              /** Format: date-time */
              dueAt: string | null;
              flaggedWords: string[];
              id: string;
              number: string;
              overdue: boolean;
              published: boolean;
              rating: ('satisfied' | 'fair' | 'unsatisfied') | (never | null);
              ratingLabel: string | null;
              reopenCount: number;
              source: string;
              status:
                | 'received'
                | 'assigned'
                | 'drafted'
                | 'office_review'
                | 'answered'
                | 'rejected'
                | 'forwarded'
                | 'merged';
              statusLabel: string;
              subject: string;
              /** Format: date-time */
              submittedAt: string;
              unitId: string | null;
              unitName: string | null;
              /** @description 来信人（已脱敏；网上举报为空） */
              writerMask: string;
            } & {
              /** Format: date-time */
              acceptedAt: string | null;
              /** @description 当前账号此刻可做的操作 */
              actions: (
                | 'accept'
                | 'reject'
                | 'forward'
                | 'merge'
                | 'transfer'
                | 'complex'
                | 'draft'
                | 'approve'
                | 'officeApprove'
                | 'return'
                | 'reopen'
                | 'writer'
              )[];
              answeredOnTime: boolean | null;
              answerWorkdays: number | null;
              body: string;
              consentPublish: boolean;
              draftedBy: string | null;
              forwardedTo: string | null;
              limitWorkdays: number;
              publicAnswer: string | null;
              publicQuestion: string | null;
              publishRequested: boolean;
              ratingComment: string | null;
              rejectReason: string | null;
              replyDraft: string | null;
              replyText: string | null;
              returnNote: string | null;
              /** @description 办理过程（平台时间线），按时间先后 */
              timeline: {
                actorName: string | null;
                /** Format: date-time */
                at: string;
                kind: string;
                /** @description 来信人也能看到 */
                note: string | null;
                /** @description 来信人在查询页能看到这一步 */
                public: boolean;
                seq: number;
                /** @description 仅工作人员可见 */
                staffNote: string | null;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/interaction/letters/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 受理并交办承办单位 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string;
            /** Format: uuid */
            unitId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              answeredAt: string | null;
              category: string;
              channel: 'mailbox' | 'report' | 'consult' | 'prereview';
              channelName: string;
              complex: boolean;
              /** Format: date-time */
              dueAt: string | null;
              flaggedWords: string[];
              id: string;
              number: string;
              overdue: boolean;
              published: boolean;
              rating: ('satisfied' | 'fair' | 'unsatisfied') | (never | null);
              ratingLabel: string | null;
              reopenCount: number;
              source: string;
              status:
                | 'received'
                | 'assigned'
                | 'drafted'
                | 'office_review'
                | 'answered'
                | 'rejected'
                | 'forwarded'
                | 'merged';
              statusLabel: string;
              subject: string;
              /** Format: date-time */
              submittedAt: string;
              unitId: string | null;
              unitName: string | null;
              /** @description 来信人（已脱敏；网上举报为空） */
              writerMask: string;
            } & {
              /** Format: date-time */
              acceptedAt: string | null;
              /** @description 当前账号此刻可做的操作 */
              actions: (
                | 'accept'
                | 'reject'
                | 'forward'
                | 'merge'
                | 'transfer'
                | 'complex'
                | 'draft'
                | 'approve'
                | 'officeApprove'
                | 'return'
                | 'reopen'
                | 'writer'
              )[];
              answeredOnTime: boolean | null;
              answerWorkdays: number | null;
              body: string;
              consentPublish: boolean;
              draftedBy: string | null;
              forwardedTo: string | null;
              limitWorkdays: number;
              publicAnswer: string | null;
              publicQuestion: string | null;
              publishRequested: boolean;
              ratingComment: string | null;
              rejectReason: string | null;
              replyDraft: string | null;
              replyText: string | null;
              returnNote: string | null;
              /** @description 办理过程（平台时间线），按时间先后 */
              timeline: {
                actorName: string | null;
                /** Format: date-time */
                at: string;
                kind: string;
                /** @description 来信人也能看到 */
                note: string | null;
                /** @description 来信人在查询页能看到这一步 */
                public: boolean;
                seq: number;
                /** @description 仅工作人员可见 */
                staffNote: string | null;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/interaction/letters/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 承办单位负责人审核通过 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              answeredAt: string | null;
              category: string;
              channel: 'mailbox' | 'report' | 'consult' | 'prereview';
              channelName: string;
              complex: boolean;
              /** Format: date-time */
              dueAt: string | null;
              flaggedWords: string[];
              id: string;
              number: string;
              overdue: boolean;
              published: boolean;
              rating: ('satisfied' | 'fair' | 'unsatisfied') | (never | null);
              ratingLabel: string | null;
              reopenCount: number;
              source: string;
              status:
                | 'received'
                | 'assigned'
                | 'drafted'
                | 'office_review'
                | 'answered'
                | 'rejected'
                | 'forwarded'
                | 'merged';
              statusLabel: string;
              subject: string;
              /** Format: date-time */
              submittedAt: string;
              unitId: string | null;
              unitName: string | null;
              /** @description 来信人（已脱敏；网上举报为空） */
              writerMask: string;
            } & {
              /** Format: date-time */
              acceptedAt: string | null;
              /** @description 当前账号此刻可做的操作 */
              actions: (
                | 'accept'
                | 'reject'
                | 'forward'
                | 'merge'
                | 'transfer'
                | 'complex'
                | 'draft'
                | 'approve'
                | 'officeApprove'
                | 'return'
                | 'reopen'
                | 'writer'
              )[];
              answeredOnTime: boolean | null;
              answerWorkdays: number | null;
              body: string;
              consentPublish: boolean;
              draftedBy: string | null;
              forwardedTo: string | null;
              limitWorkdays: number;
              publicAnswer: string | null;
              publicQuestion: string | null;
              publishRequested: boolean;
              ratingComment: string | null;
              rejectReason: string | null;
              replyDraft: string | null;
              replyText: string | null;
              returnNote: string | null;
              /** @description 办理过程（平台时间线），按时间先后 */
              timeline: {
                actorName: string | null;
                /** Format: date-time */
                at: string;
                kind: string;
                /** @description 来信人也能看到 */
                note: string | null;
                /** @description 来信人在查询页能看到这一步 */
                public: boolean;
                seq: number;
                /** @description 仅工作人员可见 */
                staffNote: string | null;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/interaction/letters/{id}/complex': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 按复杂来信办理（延长答复期限） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              answeredAt: string | null;
              category: string;
              channel: 'mailbox' | 'report' | 'consult' | 'prereview';
              channelName: string;
              complex: boolean;
              /** Format: date-time */
              dueAt: string | null;
              flaggedWords: string[];
              id: string;
              number: string;
              overdue: boolean;
              published: boolean;
              rating: ('satisfied' | 'fair' | 'unsatisfied') | (never | null);
              ratingLabel: string | null;
              reopenCount: number;
              source: string;
              status:
                | 'received'
                | 'assigned'
                | 'drafted'
                | 'office_review'
                | 'answered'
                | 'rejected'
                | 'forwarded'
                | 'merged';
              statusLabel: string;
              subject: string;
              /** Format: date-time */
              submittedAt: string;
              unitId: string | null;
              unitName: string | null;
              /** @description 来信人（已脱敏；网上举报为空） */
              writerMask: string;
            } & {
              /** Format: date-time */
              acceptedAt: string | null;
              /** @description 当前账号此刻可做的操作 */
              actions: (
                | 'accept'
                | 'reject'
                | 'forward'
                | 'merge'
                | 'transfer'
                | 'complex'
                | 'draft'
                | 'approve'
                | 'officeApprove'
                | 'return'
                | 'reopen'
                | 'writer'
              )[];
              answeredOnTime: boolean | null;
              answerWorkdays: number | null;
              body: string;
              consentPublish: boolean;
              draftedBy: string | null;
              forwardedTo: string | null;
              limitWorkdays: number;
              publicAnswer: string | null;
              publicQuestion: string | null;
              publishRequested: boolean;
              ratingComment: string | null;
              rejectReason: string | null;
              replyDraft: string | null;
              replyText: string | null;
              returnNote: string | null;
              /** @description 办理过程（平台时间线），按时间先后 */
              timeline: {
                actorName: string | null;
                /** Format: date-time */
                at: string;
                kind: string;
                /** @description 来信人也能看到 */
                note: string | null;
                /** @description 来信人在查询页能看到这一步 */
                public: boolean;
                seq: number;
                /** @description 仅工作人员可见 */
                staffNote: string | null;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/interaction/letters/{id}/draft': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 保存或提交答复草稿（含脱敏后的公开内容） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            publicAnswer?: string;
            publicQuestion?: string;
            publish?: boolean;
            reply: string;
            submit?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              answeredAt: string | null;
              category: string;
              channel: 'mailbox' | 'report' | 'consult' | 'prereview';
              channelName: string;
              complex: boolean;
              /** Format: date-time */
              dueAt: string | null;
              flaggedWords: string[];
              id: string;
              number: string;
              overdue: boolean;
              published: boolean;
              rating: ('satisfied' | 'fair' | 'unsatisfied') | (never | null);
              ratingLabel: string | null;
              reopenCount: number;
              source: string;
              status:
                | 'received'
                | 'assigned'
                | 'drafted'
                | 'office_review'
                | 'answered'
                | 'rejected'
                | 'forwarded'
                | 'merged';
              statusLabel: string;
              subject: string;
              /** Format: date-time */
              submittedAt: string;
              unitId: string | null;
              unitName: string | null;
              /** @description 来信人（已脱敏；网上举报为空） */
              writerMask: string;
            } & {
              /** Format: date-time */
              acceptedAt: string | null;
              /** @description 当前账号此刻可做的操作 */
              actions: (
                | 'accept'
                | 'reject'
                | 'forward'
                | 'merge'
                | 'transfer'
                | 'complex'
                | 'draft'
                | 'approve'
                | 'officeApprove'
                | 'return'
                | 'reopen'
                | 'writer'
              )[];
              answeredOnTime: boolean | null;
              answerWorkdays: number | null;
              body: string;
              consentPublish: boolean;
              draftedBy: string | null;
              forwardedTo: string | null;
              limitWorkdays: number;
              publicAnswer: string | null;
              publicQuestion: string | null;
              publishRequested: boolean;
              ratingComment: string | null;
              rejectReason: string | null;
              replyDraft: string | null;
              replyText: string | null;
              returnNote: string | null;
              /** @description 办理过程（平台时间线），按时间先后 */
              timeline: {
                actorName: string | null;
                /** Format: date-time */
                at: string;
                kind: string;
                /** @description 来信人也能看到 */
                note: string | null;
                /** @description 来信人在查询页能看到这一步 */
                public: boolean;
                seq: number;
                /** @description 仅工作人员可见 */
                staffNote: string | null;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/interaction/letters/{id}/forward': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 转其他机关办理（写明机关） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            authority: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              answeredAt: string | null;
              category: string;
              channel: 'mailbox' | 'report' | 'consult' | 'prereview';
              channelName: string;
              complex: boolean;
              /** Format: date-time */
              dueAt: string | null;
              flaggedWords: string[];
              id: string;
              number: string;
              overdue: boolean;
              published: boolean;
              rating: ('satisfied' | 'fair' | 'unsatisfied') | (never | null);
              ratingLabel: string | null;
              reopenCount: number;
              source: string;
              status:
                | 'received'
                | 'assigned'
                | 'drafted'
                | 'office_review'
                | 'answered'
                | 'rejected'
                | 'forwarded'
                | 'merged';
              statusLabel: string;
              subject: string;
              /** Format: date-time */
              submittedAt: string;
              unitId: string | null;
              unitName: string | null;
              /** @description 来信人（已脱敏；网上举报为空） */
              writerMask: string;
            } & {
              /** Format: date-time */
              acceptedAt: string | null;
              /** @description 当前账号此刻可做的操作 */
              actions: (
                | 'accept'
                | 'reject'
                | 'forward'
                | 'merge'
                | 'transfer'
                | 'complex'
                | 'draft'
                | 'approve'
                | 'officeApprove'
                | 'return'
                | 'reopen'
                | 'writer'
              )[];
              answeredOnTime: boolean | null;
              answerWorkdays: number | null;
              body: string;
              consentPublish: boolean;
              draftedBy: string | null;
              forwardedTo: string | null;
              limitWorkdays: number;
              publicAnswer: string | null;
              publicQuestion: string | null;
              publishRequested: boolean;
              ratingComment: string | null;
              rejectReason: string | null;
              replyDraft: string | null;
              replyText: string | null;
              returnNote: string | null;
              /** @description 办理过程（平台时间线），按时间先后 */
              timeline: {
                actorName: string | null;
                /** Format: date-time */
                at: string;
                kind: string;
                /** @description 来信人也能看到 */
                note: string | null;
                /** @description 来信人在查询页能看到这一步 */
                public: boolean;
                seq: number;
                /** @description 仅工作人员可见 */
                staffNote: string | null;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/interaction/letters/{id}/merge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 作为重复件并入此前来信 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            intoNumber: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              answeredAt: string | null;
              category: string;
              channel: 'mailbox' | 'report' | 'consult' | 'prereview';
              channelName: string;
              complex: boolean;
              /** Format: date-time */
              dueAt: string | null;
              flaggedWords: string[];
              id: string;
              number: string;
              overdue: boolean;
              published: boolean;
              rating: ('satisfied' | 'fair' | 'unsatisfied') | (never | null);
              ratingLabel: string | null;
              reopenCount: number;
              source: string;
              status:
                | 'received'
                | 'assigned'
                | 'drafted'
                | 'office_review'
                | 'answered'
                | 'rejected'
                | 'forwarded'
                | 'merged';
              statusLabel: string;
              subject: string;
              /** Format: date-time */
              submittedAt: string;
              unitId: string | null;
              unitName: string | null;
              /** @description 来信人（已脱敏；网上举报为空） */
              writerMask: string;
            } & {
              /** Format: date-time */
              acceptedAt: string | null;
              /** @description 当前账号此刻可做的操作 */
              actions: (
                | 'accept'
                | 'reject'
                | 'forward'
                | 'merge'
                | 'transfer'
                | 'complex'
                | 'draft'
                | 'approve'
                | 'officeApprove'
                | 'return'
                | 'reopen'
                | 'writer'
              )[];
              answeredOnTime: boolean | null;
              answerWorkdays: number | null;
              body: string;
              consentPublish: boolean;
              draftedBy: string | null;
              forwardedTo: string | null;
              limitWorkdays: number;
              publicAnswer: string | null;
              publicQuestion: string | null;
              publishRequested: boolean;
              ratingComment: string | null;
              rejectReason: string | null;
              replyDraft: string | null;
              replyText: string | null;
              returnNote: string | null;
              /** @description 办理过程（平台时间线），按时间先后 */
              timeline: {
                actorName: string | null;
                /** Format: date-time */
                at: string;
                kind: string;
                /** @description 来信人也能看到 */
                note: string | null;
                /** @description 来信人在查询页能看到这一步 */
                public: boolean;
                seq: number;
                /** @description 仅工作人员可见 */
                staffNote: string | null;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/interaction/letters/{id}/office-approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 办公室审核通过并答复（厅长信箱） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              answeredAt: string | null;
              category: string;
              channel: 'mailbox' | 'report' | 'consult' | 'prereview';
              channelName: string;
              complex: boolean;
              /** Format: date-time */
              dueAt: string | null;
              flaggedWords: string[];
              id: string;
              number: string;
              overdue: boolean;
              published: boolean;
              rating: ('satisfied' | 'fair' | 'unsatisfied') | (never | null);
              ratingLabel: string | null;
              reopenCount: number;
              source: string;
              status:
                | 'received'
                | 'assigned'
                | 'drafted'
                | 'office_review'
                | 'answered'
                | 'rejected'
                | 'forwarded'
                | 'merged';
              statusLabel: string;
              subject: string;
              /** Format: date-time */
              submittedAt: string;
              unitId: string | null;
              unitName: string | null;
              /** @description 来信人（已脱敏；网上举报为空） */
              writerMask: string;
            } & {
              /** Format: date-time */
              acceptedAt: string | null;
              /** @description 当前账号此刻可做的操作 */
              actions: (
                | 'accept'
                | 'reject'
                | 'forward'
                | 'merge'
                | 'transfer'
                | 'complex'
                | 'draft'
                | 'approve'
                | 'officeApprove'
                | 'return'
                | 'reopen'
                | 'writer'
              )[];
              answeredOnTime: boolean | null;
              answerWorkdays: number | null;
              body: string;
              consentPublish: boolean;
              draftedBy: string | null;
              forwardedTo: string | null;
              limitWorkdays: number;
              publicAnswer: string | null;
              publicQuestion: string | null;
              publishRequested: boolean;
              ratingComment: string | null;
              rejectReason: string | null;
              replyDraft: string | null;
              replyText: string | null;
              returnNote: string | null;
              /** @description 办理过程（平台时间线），按时间先后 */
              timeline: {
                actorName: string | null;
                /** Format: date-time */
                at: string;
                kind: string;
                /** @description 来信人也能看到 */
                note: string | null;
                /** @description 来信人在查询页能看到这一步 */
                public: boolean;
                seq: number;
                /** @description 仅工作人员可见 */
                staffNote: string | null;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/interaction/letters/{id}/redaction': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 公开答复的脱敏建议与预览（电话、身份证号、邮箱、姓名） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            answer?: string;
            question?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              answer: {
                redacted: string;
                spans: {
                  end: number;
                  kind: string;
                  start: number;
                  text: string;
                }[];
              };
              question: {
                redacted: string;
                spans: {
                  end: number;
                  kind: string;
                  start: number;
                  text: string;
                }[];
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/interaction/letters/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 不予受理（写明理由） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              answeredAt: string | null;
              category: string;
              channel: 'mailbox' | 'report' | 'consult' | 'prereview';
              channelName: string;
              complex: boolean;
              /** Format: date-time */
              dueAt: string | null;
              flaggedWords: string[];
              id: string;
              number: string;
              overdue: boolean;
              published: boolean;
              rating: ('satisfied' | 'fair' | 'unsatisfied') | (never | null);
              ratingLabel: string | null;
              reopenCount: number;
              source: string;
              status:
                | 'received'
                | 'assigned'
                | 'drafted'
                | 'office_review'
                | 'answered'
                | 'rejected'
                | 'forwarded'
                | 'merged';
              statusLabel: string;
              subject: string;
              /** Format: date-time */
              submittedAt: string;
              unitId: string | null;
              unitName: string | null;
              /** @description 来信人（已脱敏；网上举报为空） */
              writerMask: string;
            } & {
              /** Format: date-time */
              acceptedAt: string | null;
              /** @description 当前账号此刻可做的操作 */
              actions: (
                | 'accept'
                | 'reject'
                | 'forward'
                | 'merge'
                | 'transfer'
                | 'complex'
                | 'draft'
                | 'approve'
                | 'officeApprove'
                | 'return'
                | 'reopen'
                | 'writer'
              )[];
              answeredOnTime: boolean | null;
              answerWorkdays: number | null;
              body: string;
              consentPublish: boolean;
              draftedBy: string | null;
              forwardedTo: string | null;
              limitWorkdays: number;
              publicAnswer: string | null;
              publicQuestion: string | null;
              publishRequested: boolean;
              ratingComment: string | null;
              rejectReason: string | null;
              replyDraft: string | null;
              replyText: string | null;
              returnNote: string | null;
              /** @description 办理过程（平台时间线），按时间先后 */
              timeline: {
                actorName: string | null;
                /** Format: date-time */
                at: string;
                kind: string;
                /** @description 来信人也能看到 */
                note: string | null;
                /** @description 来信人在查询页能看到这一步 */
                public: boolean;
                seq: number;
                /** @description 仅工作人员可见 */
                staffNote: string | null;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/interaction/letters/{id}/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 不满意来信重新办理（限一次） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              answeredAt: string | null;
              category: string;
              channel: 'mailbox' | 'report' | 'consult' | 'prereview';
              channelName: string;
              complex: boolean;
              /** Format: date-time */
              dueAt: string | null;
              flaggedWords: string[];
              id: string;
              number: string;
              overdue: boolean;
              published: boolean;
              rating: ('satisfied' | 'fair' | 'unsatisfied') | (never | null);
              ratingLabel: string | null;
              reopenCount: number;
              source: string;
              status:
                | 'received'
                | 'assigned'
                | 'drafted'
                | 'office_review'
                | 'answered'
                | 'rejected'
                | 'forwarded'
                | 'merged';
              statusLabel: string;
              subject: string;
              /** Format: date-time */
              submittedAt: string;
              unitId: string | null;
              unitName: string | null;
              /** @description 来信人（已脱敏；网上举报为空） */
              writerMask: string;
            } & {
              /** Format: date-time */
              acceptedAt: string | null;
              /** @description 当前账号此刻可做的操作 */
              actions: (
                | 'accept'
                | 'reject'
                | 'forward'
                | 'merge'
                | 'transfer'
                | 'complex'
                | 'draft'
                | 'approve'
                | 'officeApprove'
                | 'return'
                | 'reopen'
                | 'writer'
              )[];
              answeredOnTime: boolean | null;
              answerWorkdays: number | null;
              body: string;
              consentPublish: boolean;
              draftedBy: string | null;
              forwardedTo: string | null;
              limitWorkdays: number;
              publicAnswer: string | null;
              publicQuestion: string | null;
              publishRequested: boolean;
              ratingComment: string | null;
              rejectReason: string | null;
              replyDraft: string | null;
              replyText: string | null;
              returnNote: string | null;
              /** @description 办理过程（平台时间线），按时间先后 */
              timeline: {
                actorName: string | null;
                /** Format: date-time */
                at: string;
                kind: string;
                /** @description 来信人也能看到 */
                note: string | null;
                /** @description 来信人在查询页能看到这一步 */
                public: boolean;
                seq: number;
                /** @description 仅工作人员可见 */
                staffNote: string | null;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/interaction/letters/{id}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 退回修改 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              answeredAt: string | null;
              category: string;
              channel: 'mailbox' | 'report' | 'consult' | 'prereview';
              channelName: string;
              complex: boolean;
              /** Format: date-time */
              dueAt: string | null;
              flaggedWords: string[];
              id: string;
              number: string;
              overdue: boolean;
              published: boolean;
              rating: ('satisfied' | 'fair' | 'unsatisfied') | (never | null);
              ratingLabel: string | null;
              reopenCount: number;
              source: string;
              status:
                | 'received'
                | 'assigned'
                | 'drafted'
                | 'office_review'
                | 'answered'
                | 'rejected'
                | 'forwarded'
                | 'merged';
              statusLabel: string;
              subject: string;
              /** Format: date-time */
              submittedAt: string;
              unitId: string | null;
              unitName: string | null;
              /** @description 来信人（已脱敏；网上举报为空） */
              writerMask: string;
            } & {
              /** Format: date-time */
              acceptedAt: string | null;
              /** @description 当前账号此刻可做的操作 */
              actions: (
                | 'accept'
                | 'reject'
                | 'forward'
                | 'merge'
                | 'transfer'
                | 'complex'
                | 'draft'
                | 'approve'
                | 'officeApprove'
                | 'return'
                | 'reopen'
                | 'writer'
              )[];
              answeredOnTime: boolean | null;
              answerWorkdays: number | null;
              body: string;
              consentPublish: boolean;
              draftedBy: string | null;
              forwardedTo: string | null;
              limitWorkdays: number;
              publicAnswer: string | null;
              publicQuestion: string | null;
              publishRequested: boolean;
              ratingComment: string | null;
              rejectReason: string | null;
              replyDraft: string | null;
              replyText: string | null;
              returnNote: string | null;
              /** @description 办理过程（平台时间线），按时间先后 */
              timeline: {
                actorName: string | null;
                /** Format: date-time */
                at: string;
                kind: string;
                /** @description 来信人也能看到 */
                note: string | null;
                /** @description 来信人在查询页能看到这一步 */
                public: boolean;
                seq: number;
                /** @description 仅工作人员可见 */
                staffNote: string | null;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/interaction/letters/{id}/transfer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 转办到另一承办单位（答复期限不变） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
            /** Format: uuid */
            unitId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              answeredAt: string | null;
              category: string;
              channel: 'mailbox' | 'report' | 'consult' | 'prereview';
              channelName: string;
              complex: boolean;
              /** Format: date-time */
              dueAt: string | null;
              flaggedWords: string[];
              id: string;
              number: string;
              overdue: boolean;
              published: boolean;
              rating: ('satisfied' | 'fair' | 'unsatisfied') | (never | null);
              ratingLabel: string | null;
              reopenCount: number;
              source: string;
              status:
                | 'received'
                | 'assigned'
                | 'drafted'
                | 'office_review'
                | 'answered'
                | 'rejected'
                | 'forwarded'
                | 'merged';
              statusLabel: string;
              subject: string;
              /** Format: date-time */
              submittedAt: string;
              unitId: string | null;
              unitName: string | null;
              /** @description 来信人（已脱敏；网上举报为空） */
              writerMask: string;
            } & {
              /** Format: date-time */
              acceptedAt: string | null;
              /** @description 当前账号此刻可做的操作 */
              actions: (
                | 'accept'
                | 'reject'
                | 'forward'
                | 'merge'
                | 'transfer'
                | 'complex'
                | 'draft'
                | 'approve'
                | 'officeApprove'
                | 'return'
                | 'reopen'
                | 'writer'
              )[];
              answeredOnTime: boolean | null;
              answerWorkdays: number | null;
              body: string;
              consentPublish: boolean;
              draftedBy: string | null;
              forwardedTo: string | null;
              limitWorkdays: number;
              publicAnswer: string | null;
              publicQuestion: string | null;
              publishRequested: boolean;
              ratingComment: string | null;
              rejectReason: string | null;
              replyDraft: string | null;
              replyText: string | null;
              returnNote: string | null;
              /** @description 办理过程（平台时间线），按时间先后 */
              timeline: {
                actorName: string | null;
                /** Format: date-time */
                at: string;
                kind: string;
                /** @description 来信人也能看到 */
                note: string | null;
                /** @description 来信人在查询页能看到这一步 */
                public: boolean;
                seq: number;
                /** @description 仅工作人员可见 */
                staffNote: string | null;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/interaction/letters/{id}/writer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 来信人联系方式（解密查看，记入审计；举报人仅纪检可看） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              email: string;
              name: string;
              phone: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/interaction/open311/clients': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open311 接口客户端（安全管理员） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                active: boolean;
                contact: string;
                /** Format: date-time */
                createdAt: string;
                id: string;
                keyPrefix: string;
                /** Format: date-time */
                lastUsedAt: string | null;
                name: string;
                /** Format: date-time */
                revokedAt: string | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    /** 签发接口密钥（密钥只显示这一次） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            contact: string;
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              contact: string;
              /** Format: date-time */
              createdAt: string;
              id: string;
              keyPrefix: string;
              /** Format: date-time */
              lastUsedAt: string | null;
              name: string;
              /** Format: date-time */
              revokedAt: string | null;
            } & {
              apiKey: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/interaction/open311/clients/{id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 吊销接口密钥 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              contact: string;
              /** Format: date-time */
              createdAt: string;
              id: string;
              keyPrefix: string;
              /** Format: date-time */
              lastUsedAt: string | null;
              name: string;
              /** Format: date-time */
              revokedAt: string | null;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/interaction/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 来信统计：近 12 个月收到、答复、按期答复率、平均用时与满意度，各承办单位的办理情况 */
    get: {
      parameters: {
        query?: {
          channel?: 'mailbox' | 'report' | 'consult' | 'prereview';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              channels: {
                code: 'mailbox' | 'report' | 'consult' | 'prereview';
                name: string;
              }[];
              months: {
                answered: number;
                avgWorkdays: number | null;
                fair: number;
                /** @description YYYY-MM（北京时间） */
                month: string;
                onTime: number;
                /** @description 百分比，保留一位小数；无分母时为 null */
                onTimeRate: number | null;
                received: number;
                satisfied: number;
                sumWorkdays: number;
                unsatisfied: number;
              }[];
              totals: {
                answered: number;
                avgWorkdays: number | null;
                /** @description 百分比，保留一位小数；无分母时为 null */
                onTimeRate: number | null;
                rated: number;
                received: number;
                /** @description 百分比，保留一位小数；无分母时为 null */
                satisfactionRate: number | null;
              };
              units: {
                answered: number;
                avgWorkdays: number | null;
                /** @description 百分比，保留一位小数；无分母时为 null */
                onTimeRate: number | null;
                open: number;
                overdue: number;
                unitId: string;
                unitName: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/leaders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 局领导及其分管单位 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                charges: {
                  code: string;
                  name: string;
                  /** @description 单位类型：省局 / 处室 / 直属单位 / 省辖市林业局 / 县级林业局 */
                  type: 'department' | 'division' | 'affiliated' | 'city_bureau' | 'county_bureau';
                  unitId: string;
                }[];
                id: string;
                /** @description 局领导职级：局长 / 副局长 / 其他局领导 */
                leaderRank: 'director' | 'deputy' | 'other';
                name: string;
                sort: number;
                title: string | null;
                unitId: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 当前用户 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adminKind: ('system' | 'security' | 'audit') | (never | null);
              csrfToken: string | null;
              displayName: string;
              id: string;
              kind: 'staff' | 'citizen' | 'org';
              mustChangePassword: boolean;
              /** Format: date-time */
              passwordChangedAt: string | null;
              /** @description 权限 → 数据范围 */
              permissions: {
                [key: string]: 'self' | 'unit' | 'subtree' | 'all';
              };
              /** @description 角色代码 → 名称 */
              roleNames: {
                [key: string]: string;
              };
              /** @description 角色代码 */
              roles: string[];
              totpEnabled: boolean;
              /**
               * Format: uuid
               * @description UUID
               */
              unitId: string | null;
              unitPath: string | null;
              username: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 我的消息 */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          /** @description true 只看未读，false 只看已读，不填为全部 */
          unread?: boolean;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                body: string;
                /** @description 类别（deadline 期限提醒、reminder 催办……） */
                category: string;
                /** Format: date-time */
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** @description 工作台中的链接 */
                link: string | null;
                /** Format: date-time */
                readAt: string | null;
                title: string;
              }[];
              /** @description 符合条件的消息数 */
              total: number;
              /** @description 未读消息总数 */
              unread: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 标为已读 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              body: string;
              /** @description 类别（deadline 期限提醒、reminder 催办……） */
              category: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** @description 工作台中的链接 */
              link: string | null;
              /** Format: date-time */
              readAt: string | null;
              title: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 全部标为已读 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 本次标为已读的消息数 */
              updated: number;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/unread-count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 未读消息数 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              count: number;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/openness/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 政府信息公开申请办理队列（按剩余工作日排序） */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          status?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              counts: {
                [key: string]: number;
              };
              items: {
                applicantName: string;
                applicantTypeLabel: string;
                daysLeft: number | null;
                description: string;
                dueDay: string | null;
                dueLabel: string | null;
                id: string;
                number: string;
                receivedDay: string;
                status: 'received' | 'supplement' | 'processing' | 'consulting' | 'answered' | 'abandoned';
                statusLabel: string;
              }[];
              total: number;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    /** 登记当面、信函、传真或电子邮件提交的政府信息公开申请 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            address?: string;
            applicantType?: string;
            channelWanted?: string;
            contactPerson?: string;
            description?: string;
            docNumber?: string;
            email?: string;
            formWanted?: string;
            idNumber?: string;
            name?: string;
            phone?: string;
            receivedOn?: string;
            submittedVia?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              dueDay: string | null;
              dueProvisional: string | null;
              id: string;
              number: string;
              password: string;
              receiptCode: string;
              receivedDay: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/openness/applications/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 政府信息公开申请详情（时间线、计时与届满日说明） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string | null;
              applicantName: string;
              applicantTypeLabel: string;
              channelWanted: string;
              clocks: {
                clockId: string;
                daysLeft: number | null;
                dueDay: string | null;
                explanation: string;
                label: string;
                provisional: string | null;
                status: 'running' | 'paused' | 'stopped';
                statusLabel: string;
              }[];
              consultParty: string | null;
              contactPerson: string;
              daysLeft: number | null;
              description: string;
              docNumber: string;
              dueDay: string | null;
              dueLabel: string | null;
              email: string | null;
              extendedDays: number;
              formWanted: string;
              id: string;
              idKindLabel: string;
              idNumberMasked: string;
              number: string;
              phone: string;
              receivedDay: string;
              reply: {
                day: string;
                number: string;
                reason: string | null;
                reasonLabel: string | null;
                text: string;
                type: string;
                typeLabel: string;
                where: string | null;
              } | null;
              status: 'received' | 'supplement' | 'processing' | 'consulting' | 'answered' | 'abandoned';
              statusLabel: string;
              submittedVia: string;
              supplementRequest: string | null;
              supplementText: string | null;
              timeline: {
                actorName: string | null;
                at: string;
                note: string | null;
                staffNote: string | null;
                text: string;
                visibility: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/openness/applications/{id}/abandon': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 逾期未补正，视为放弃申请 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string | null;
              applicantName: string;
              applicantTypeLabel: string;
              channelWanted: string;
              clocks: {
                clockId: string;
                daysLeft: number | null;
                dueDay: string | null;
                explanation: string;
                label: string;
                provisional: string | null;
                status: 'running' | 'paused' | 'stopped';
                statusLabel: string;
              }[];
              consultParty: string | null;
              contactPerson: string;
              daysLeft: number | null;
              description: string;
              docNumber: string;
              dueDay: string | null;
              dueLabel: string | null;
              email: string | null;
              extendedDays: number;
              formWanted: string;
              id: string;
              idKindLabel: string;
              idNumberMasked: string;
              number: string;
              phone: string;
              receivedDay: string;
              reply: {
                day: string;
                number: string;
                reason: string | null;
                reasonLabel: string | null;
                text: string;
                type: string;
                typeLabel: string;
                where: string | null;
              } | null;
              status: 'received' | 'supplement' | 'processing' | 'consulting' | 'answered' | 'abandoned';
              statusLabel: string;
              submittedVia: string;
              supplementRequest: string | null;
              supplementText: string | null;
              timeline: {
                actorName: string | null;
                at: string;
                note: string | null;
                staffNote: string | null;
                text: string;
                visibility: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/openness/applications/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记受理（申请内容明确，无需补正） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string | null;
              applicantName: string;
              applicantTypeLabel: string;
              channelWanted: string;
              clocks: {
                clockId: string;
                daysLeft: number | null;
                dueDay: string | null;
                explanation: string;
                label: string;
                provisional: string | null;
                status: 'running' | 'paused' | 'stopped';
                statusLabel: string;
              }[];
              consultParty: string | null;
              contactPerson: string;
              daysLeft: number | null;
              description: string;
              docNumber: string;
              dueDay: string | null;
              dueLabel: string | null;
              email: string | null;
              extendedDays: number;
              formWanted: string;
              id: string;
              idKindLabel: string;
              idNumberMasked: string;
              number: string;
              phone: string;
              receivedDay: string;
              reply: {
                day: string;
                number: string;
                reason: string | null;
                reasonLabel: string | null;
                text: string;
                type: string;
                typeLabel: string;
                where: string | null;
              } | null;
              status: 'received' | 'supplement' | 'processing' | 'consulting' | 'answered' | 'abandoned';
              statusLabel: string;
              submittedVia: string;
              supplementRequest: string | null;
              supplementText: string | null;
              timeline: {
                actorName: string | null;
                at: string;
                note: string | null;
                staffNote: string | null;
                text: string;
                visibility: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/openness/applications/{id}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 作出答复（生成答复告知书） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason?: string;
            replyType?: string;
            text?: string;
            where?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string | null;
              applicantName: string;
              applicantTypeLabel: string;
              channelWanted: string;
              clocks: {
                clockId: string;
                daysLeft: number | null;
                dueDay: string | null;
                explanation: string;
                label: string;
                provisional: string | null;
                status: 'running' | 'paused' | 'stopped';
                statusLabel: string;
              }[];
              consultParty: string | null;
              contactPerson: string;
              daysLeft: number | null;
              description: string;
              docNumber: string;
              dueDay: string | null;
              dueLabel: string | null;
              email: string | null;
              extendedDays: number;
              formWanted: string;
              id: string;
              idKindLabel: string;
              idNumberMasked: string;
              number: string;
              phone: string;
              receivedDay: string;
              reply: {
                day: string;
                number: string;
                reason: string | null;
                reasonLabel: string | null;
                text: string;
                type: string;
                typeLabel: string;
                where: string | null;
              } | null;
              status: 'received' | 'supplement' | 'processing' | 'consulting' | 'answered' | 'abandoned';
              statusLabel: string;
              submittedVia: string;
              supplementRequest: string | null;
              supplementText: string | null;
              timeline: {
                actorName: string | null;
                at: string;
                note: string | null;
                staffNote: string | null;
                text: string;
                visibility: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/openness/applications/{id}/consult': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 征求第三方意见（答复期限暂停计算） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            matter?: string;
            party?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string | null;
              applicantName: string;
              applicantTypeLabel: string;
              channelWanted: string;
              clocks: {
                clockId: string;
                daysLeft: number | null;
                dueDay: string | null;
                explanation: string;
                label: string;
                provisional: string | null;
                status: 'running' | 'paused' | 'stopped';
                statusLabel: string;
              }[];
              consultParty: string | null;
              contactPerson: string;
              daysLeft: number | null;
              description: string;
              docNumber: string;
              dueDay: string | null;
              dueLabel: string | null;
              email: string | null;
              extendedDays: number;
              formWanted: string;
              id: string;
              idKindLabel: string;
              idNumberMasked: string;
              number: string;
              phone: string;
              receivedDay: string;
              reply: {
                day: string;
                number: string;
                reason: string | null;
                reasonLabel: string | null;
                text: string;
                type: string;
                typeLabel: string;
                where: string | null;
              } | null;
              status: 'received' | 'supplement' | 'processing' | 'consulting' | 'answered' | 'abandoned';
              statusLabel: string;
              submittedVia: string;
              supplementRequest: string | null;
              supplementText: string | null;
              timeline: {
                actorName: string | null;
                at: string;
                note: string | null;
                staffNote: string | null;
                text: string;
                visibility: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/openness/applications/{id}/consult-end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 结束征求第三方意见（答复期限恢复计算） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            outcome?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string | null;
              applicantName: string;
              applicantTypeLabel: string;
              channelWanted: string;
              clocks: {
                clockId: string;
                daysLeft: number | null;
                dueDay: string | null;
                explanation: string;
                label: string;
                provisional: string | null;
                status: 'running' | 'paused' | 'stopped';
                statusLabel: string;
              }[];
              consultParty: string | null;
              contactPerson: string;
              daysLeft: number | null;
              description: string;
              docNumber: string;
              dueDay: string | null;
              dueLabel: string | null;
              email: string | null;
              extendedDays: number;
              formWanted: string;
              id: string;
              idKindLabel: string;
              idNumberMasked: string;
              number: string;
              phone: string;
              receivedDay: string;
              reply: {
                day: string;
                number: string;
                reason: string | null;
                reasonLabel: string | null;
                text: string;
                type: string;
                typeLabel: string;
                where: string | null;
              } | null;
              status: 'received' | 'supplement' | 'processing' | 'consulting' | 'answered' | 'abandoned';
              statusLabel: string;
              submittedVia: string;
              supplementRequest: string | null;
              supplementText: string | null;
              timeline: {
                actorName: string | null;
                at: string;
                note: string | null;
                staffNote: string | null;
                text: string;
                visibility: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/openness/applications/{id}/extend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 延长答复期限（合计不超过 20 个工作日） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            approvedBy?: string;
            days?: number;
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string | null;
              applicantName: string;
              applicantTypeLabel: string;
              channelWanted: string;
              clocks: {
                clockId: string;
                daysLeft: number | null;
                dueDay: string | null;
                explanation: string;
                label: string;
                provisional: string | null;
                status: 'running' | 'paused' | 'stopped';
                statusLabel: string;
              }[];
              consultParty: string | null;
              contactPerson: string;
              daysLeft: number | null;
              description: string;
              docNumber: string;
              dueDay: string | null;
              dueLabel: string | null;
              email: string | null;
              extendedDays: number;
              formWanted: string;
              id: string;
              idKindLabel: string;
              idNumberMasked: string;
              number: string;
              phone: string;
              receivedDay: string;
              reply: {
                day: string;
                number: string;
                reason: string | null;
                reasonLabel: string | null;
                text: string;
                type: string;
                typeLabel: string;
                where: string | null;
              } | null;
              status: 'received' | 'supplement' | 'processing' | 'consulting' | 'answered' | 'abandoned';
              statusLabel: string;
              submittedVia: string;
              supplementRequest: string | null;
              supplementText: string | null;
              timeline: {
                actorName: string | null;
                at: string;
                note: string | null;
                staffNote: string | null;
                text: string;
                visibility: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/openness/applications/{id}/notice.docx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载答复告知书（Word） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 答复告知书 docx */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/openness/applications/{id}/notice.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载答复告知书（PDF） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 答复告知书 pdf */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/openness/applications/{id}/supplement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记申请人的补正（答复期限重新计算） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            text?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string | null;
              applicantName: string;
              applicantTypeLabel: string;
              channelWanted: string;
              clocks: {
                clockId: string;
                daysLeft: number | null;
                dueDay: string | null;
                explanation: string;
                label: string;
                provisional: string | null;
                status: 'running' | 'paused' | 'stopped';
                statusLabel: string;
              }[];
              consultParty: string | null;
              contactPerson: string;
              daysLeft: number | null;
              description: string;
              docNumber: string;
              dueDay: string | null;
              dueLabel: string | null;
              email: string | null;
              extendedDays: number;
              formWanted: string;
              id: string;
              idKindLabel: string;
              idNumberMasked: string;
              number: string;
              phone: string;
              receivedDay: string;
              reply: {
                day: string;
                number: string;
                reason: string | null;
                reasonLabel: string | null;
                text: string;
                type: string;
                typeLabel: string;
                where: string | null;
              } | null;
              status: 'received' | 'supplement' | 'processing' | 'consulting' | 'answered' | 'abandoned';
              statusLabel: string;
              submittedVia: string;
              supplementRequest: string | null;
              supplementText: string | null;
              timeline: {
                actorName: string | null;
                at: string;
                note: string | null;
                staffNote: string | null;
                text: string;
                visibility: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/openness/applications/{id}/supplement-request': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 一次性告知补正（收到申请之日起 7 个工作日内） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            items?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string | null;
              applicantName: string;
              applicantTypeLabel: string;
              channelWanted: string;
              clocks: {
                clockId: string;
                daysLeft: number | null;
                dueDay: string | null;
                explanation: string;
                label: string;
                provisional: string | null;
                status: 'running' | 'paused' | 'stopped';
                statusLabel: string;
              }[];
              consultParty: string | null;
              contactPerson: string;
              daysLeft: number | null;
              description: string;
              docNumber: string;
              dueDay: string | null;
              dueLabel: string | null;
              email: string | null;
              extendedDays: number;
              formWanted: string;
              id: string;
              idKindLabel: string;
              idNumberMasked: string;
              number: string;
              phone: string;
              receivedDay: string;
              reply: {
                day: string;
                number: string;
                reason: string | null;
                reasonLabel: string | null;
                text: string;
                type: string;
                typeLabel: string;
                where: string | null;
              } | null;
              status: 'received' | 'supplement' | 'processing' | 'consulting' | 'answered' | 'abandoned';
              statusLabel: string;
              submittedVia: string;
              supplementRequest: string | null;
              supplementText: string | null;
              timeline: {
                actorName: string | null;
                at: string;
                note: string | null;
                staffNote: string | null;
                text: string;
                visibility: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/openness/applications/vocab': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 依申请公开的答复类型、理由类别、申请人类型等选项 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applicantTypes: {
                label: string;
                value: string;
              }[];
              channels: {
                label: string;
                value: string;
              }[];
              forms: {
                label: string;
                value: string;
              }[];
              maxExtensionDays: number;
              replyTypes: {
                label: string;
                needsText: boolean;
                needsWhere: boolean;
                reasons: {
                  label: string;
                  value: string;
                }[];
                value: string;
              }[];
              submittedVia: {
                label: string;
                value: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/openness/categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 公开目录类别（含机关内部公开类别）与各类条目数 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              audience: 'public' | 'internal';
              audienceLabel: string;
              code: string;
              description: string;
              entries: number;
              id: string;
              name: string;
              sort: number;
            }[];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    /** 新增公开目录类别 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            audience: string;
            code: string;
            description?: string;
            name: string;
            sort?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              audience: 'public' | 'internal';
              audienceLabel: string;
              code: string;
              description: string;
              entries: number;
              id: string;
              name: string;
              sort: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/openness/categories/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改公开目录类别（名称、公开范围、排序） */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            audience?: string;
            code?: string;
            description?: string;
            name?: string;
            sort?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              audience: 'public' | 'internal';
              audienceLabel: string;
              code: string;
              description: string;
              entries: number;
              id: string;
              name: string;
              sort: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/openness/entries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 公开目录条目：按类别、主题分类、年份、有效性筛选，按发布日期倒序 */
    get: {
      parameters: {
        query?: {
          category?: string;
          page?: number;
          pageSize?: number;
          q?: string;
          subject?: string;
          validity?: 'in_force' | 'amended' | 'repealed';
          year?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                articleId: string | null;
                category: {
                  audience: 'public' | 'internal';
                  code: string;
                  id: string;
                  name: string;
                };
                docNumber: string;
                genre: string;
                hasSuccessor: boolean;
                id: string;
                indexNo: string;
                issuer: string;
                madeOn: string;
                publishedOn: string;
                subject: string;
                summary: string;
                title: string;
                updatedAt: string;
                validity: 'in_force' | 'amended' | 'repealed';
                validityLabel: string;
              }[];
              page: number;
              pageSize: number;
              total: number;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    /** 登记公开目录条目（自动编制索引号） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            body?: string;
            categoryId: string;
            docNumber?: string;
            genre: string;
            issuer: string;
            /** @description YYYY-MM-DD */
            madeOn: string;
            /** @description YYYY-MM-DD */
            publishedOn?: string;
            replaces?: {
              how: 'amended' | 'repealed';
              id: string;
            } | null;
            subject: string;
            successorId?: string | null;
            summary?: string;
            title: string;
            validity?: 'in_force' | 'amended' | 'repealed';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              articleId: string | null;
              attachments: {
                fileId: string;
                name: string;
              }[];
              body: string;
              category: {
                audience: 'public' | 'internal';
                code: string;
                id: string;
                name: string;
              };
              docNumber: string;
              genre: string;
              id: string;
              indexNo: string;
              issuer: string;
              madeOn: string;
              predecessors: {
                id: string;
                indexNo: string;
                title: string;
                validity: 'in_force' | 'amended' | 'repealed';
              }[];
              publishedOn: string;
              subject: string;
              successor: {
                id: string;
                indexNo: string;
                title: string;
                validity: 'in_force' | 'amended' | 'repealed';
              } | null;
              summary: string;
              title: string;
              updatedAt: string;
              validity: 'in_force' | 'amended' | 'repealed';
              validityLabel: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/openness/entries/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 公开目录条目详情（含修订、废止关系） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              articleId: string | null;
              attachments: {
                fileId: string;
                name: string;
              }[];
              body: string;
              category: {
                audience: 'public' | 'internal';
                code: string;
                id: string;
                name: string;
              };
              docNumber: string;
              genre: string;
              id: string;
              indexNo: string;
              issuer: string;
              madeOn: string;
              predecessors: {
                id: string;
                indexNo: string;
                title: string;
                validity: 'in_force' | 'amended' | 'repealed';
              }[];
              publishedOn: string;
              subject: string;
              successor: {
                id: string;
                indexNo: string;
                title: string;
                validity: 'in_force' | 'amended' | 'repealed';
              } | null;
              summary: string;
              title: string;
              updatedAt: string;
              validity: 'in_force' | 'amended' | 'repealed';
              validityLabel: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改公开目录条目（索引号不变） */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            body?: string;
            categoryId?: string;
            docNumber?: string;
            genre?: string;
            issuer?: string;
            /** @description YYYY-MM-DD */
            madeOn?: string;
            /** @description YYYY-MM-DD */
            publishedOn?: string;
            subject?: string;
            successorId?: string | null;
            summary?: string;
            title?: string;
            validity?: 'in_force' | 'amended' | 'repealed';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              articleId: string | null;
              attachments: {
                fileId: string;
                name: string;
              }[];
              body: string;
              category: {
                audience: 'public' | 'internal';
                code: string;
                id: string;
                name: string;
              };
              docNumber: string;
              genre: string;
              id: string;
              indexNo: string;
              issuer: string;
              madeOn: string;
              predecessors: {
                id: string;
                indexNo: string;
                title: string;
                validity: 'in_force' | 'amended' | 'repealed';
              }[];
              publishedOn: string;
              subject: string;
              successor: {
                id: string;
                indexNo: string;
                title: string;
                validity: 'in_force' | 'amended' | 'repealed';
              } | null;
              summary: string;
              title: string;
              updatedAt: string;
              validity: 'in_force' | 'amended' | 'repealed';
              validityLabel: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/openness/fees': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 行政事业性收费项目（含待核实的项目与核实情况） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              abolishedBy: string;
              abolishedOn: string | null;
              basis: string[];
              code: string;
              collector: string;
              id: string;
              kind: string;
              name: string;
              sort: number;
              standard: string;
              status: 'in_force' | 'abolished';
              statusLabel: string;
              updatedAt: string;
              /** @description 已核实：只有已核实的项目在公开页面上公布 */
              verified: boolean;
              /** @description 核实情况（仅工作人员可见） */
              verifyNote: string;
            }[];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    /** 新增收费项目 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            abolishedBy?: string;
            /** @description YYYY-MM-DD */
            abolishedOn?: string | null;
            /** @description 收费依据，每行一份文件 */
            basis?: string;
            code: string;
            collector: string;
            kind: string;
            name: string;
            sort?: number;
            standard?: string;
            status: string;
            verified?: boolean;
            verifyNote?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              abolishedBy: string;
              abolishedOn: string | null;
              basis: string[];
              code: string;
              collector: string;
              id: string;
              kind: string;
              name: string;
              sort: number;
              standard: string;
              status: 'in_force' | 'abolished';
              statusLabel: string;
              updatedAt: string;
              /** @description 已核实：只有已核实的项目在公开页面上公布 */
              verified: boolean;
              /** @description 核实情况（仅工作人员可见） */
              verifyNote: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/openness/fees/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改收费项目（依据、标准、执收单位、状态与取消文件、核实情况） */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            abolishedBy?: string;
            /** @description YYYY-MM-DD */
            abolishedOn?: string | null;
            /** @description 收费依据，每行一份文件 */
            basis?: string;
            code?: string;
            collector?: string;
            kind?: string;
            name?: string;
            sort?: number;
            standard?: string;
            status?: string;
            verified?: boolean;
            verifyNote?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              abolishedBy: string;
              abolishedOn: string | null;
              basis: string[];
              code: string;
              collector: string;
              id: string;
              kind: string;
              name: string;
              sort: number;
              standard: string;
              status: 'in_force' | 'abolished';
              statusLabel: string;
              updatedAt: string;
              /** @description 已核实：只有已核实的项目在公开页面上公布 */
              verified: boolean;
              /** @description 核实情况（仅工作人员可见） */
              verifyNote: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/openness/guide': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 政府信息公开指南：现行版本、必备部分与历史版本 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              current: {
                createdAt: string;
                createdByName: string;
                note: string;
                officeAddress: string;
                officeHours: string;
                officePhone: string;
                sections: {
                  channels: string;
                  fees: string;
                  office: string;
                  procedure: string;
                  remedies: string;
                  scope: string;
                };
                title: string;
                version: number;
              } | null;
              parts: {
                key: string;
                title: string;
              }[];
              versions: {
                createdAt: string;
                createdByName: string;
                note: string;
                version: number;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    /** 修订政府信息公开指南（保存为新版本） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            baseVersion?: number;
            note?: string;
            officeAddress: string;
            officeHours: string;
            officePhone: string;
            sections: {
              channels?: string;
              fees?: string;
              office?: string;
              procedure?: string;
              remedies?: string;
              scope?: string;
            };
            title: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              createdByName: string;
              note: string;
              officeAddress: string;
              officeHours: string;
              officePhone: string;
              sections: {
                channels: string;
                fees: string;
                office: string;
                procedure: string;
                remedies: string;
                scope: string;
              };
              title: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/openness/laws': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 政策法规库：按类别、时效性、核实情况和关键词筛选，按施行日期倒序 */
    get: {
      parameters: {
        query?: {
          kind?:
            | 'law'
            | 'administrative_regulation'
            | 'local_regulation'
            | 'departmental_rule'
            | 'normative_document';
          page?: number;
          pageSize?: number;
          q?: string;
          validity?: 'in_force' | 'amended' | 'repealed';
          verified?: 'yes' | 'no';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                adoptedOn: string | null;
                docNumber: string;
                effectiveOn: string | null;
                id: string;
                issuer: string;
                kind:
                  | 'law'
                  | 'administrative_regulation'
                  | 'local_regulation'
                  | 'departmental_rule'
                  | 'normative_document';
                kindLabel: string;
                note: string;
                title: string;
                updatedAt: string;
                validity: 'in_force' | 'amended' | 'repealed';
                /** @description 时效性：现行有效、尚未施行、已修订、已废止 */
                validityLabel: string;
                /** @description 已核实：只有已核实的条目公开、可被站内搜索找到 */
                verified: boolean;
                /** @description 核实情况（仅工作人员可见） */
                verifyNote: string;
              }[];
              page: number;
              pageSize: number;
              total: number;
              /** @description 全库待核实的条目数 */
              unverified: number;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    /** 录入政策法规 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description YYYY-MM-DD */
            adoptedOn?: string | null;
            body?: string;
            docNumber?: string;
            /** @description YYYY-MM-DD */
            effectiveOn?: string | null;
            issuer: string;
            kind: string;
            note?: string;
            title: string;
            validity?: string;
            verified?: boolean;
            verifyNote?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adoptedOn: string | null;
              body: string;
              docNumber: string;
              effectiveOn: string | null;
              id: string;
              issuer: string;
              kind:
                | 'law'
                | 'administrative_regulation'
                | 'local_regulation'
                | 'departmental_rule'
                | 'normative_document';
              kindLabel: string;
              note: string;
              title: string;
              updatedAt: string;
              validity: 'in_force' | 'amended' | 'repealed';
              /** @description 时效性：现行有效、尚未施行、已修订、已废止 */
              validityLabel: string;
              /** @description 已核实：只有已核实的条目公开、可被站内搜索找到 */
              verified: boolean;
              /** @description 核实情况（仅工作人员可见） */
              verifyNote: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/openness/laws/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 政策法规条目（含全文） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adoptedOn: string | null;
              body: string;
              docNumber: string;
              effectiveOn: string | null;
              id: string;
              issuer: string;
              kind:
                | 'law'
                | 'administrative_regulation'
                | 'local_regulation'
                | 'departmental_rule'
                | 'normative_document';
              kindLabel: string;
              note: string;
              title: string;
              updatedAt: string;
              validity: 'in_force' | 'amended' | 'repealed';
              /** @description 时效性：现行有效、尚未施行、已修订、已废止 */
              validityLabel: string;
              /** @description 已核实：只有已核实的条目公开、可被站内搜索找到 */
              verified: boolean;
              /** @description 核实情况（仅工作人员可见） */
              verifyNote: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改政策法规（时效性、全文、核实情况等） */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description YYYY-MM-DD */
            adoptedOn?: string | null;
            body?: string;
            docNumber?: string;
            /** @description YYYY-MM-DD */
            effectiveOn?: string | null;
            issuer?: string;
            kind?: string;
            note?: string;
            title?: string;
            validity?: string;
            verified?: boolean;
            verifyNote?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adoptedOn: string | null;
              body: string;
              docNumber: string;
              effectiveOn: string | null;
              id: string;
              issuer: string;
              kind:
                | 'law'
                | 'administrative_regulation'
                | 'local_regulation'
                | 'departmental_rule'
                | 'normative_document';
              kindLabel: string;
              note: string;
              title: string;
              updatedAt: string;
              validity: 'in_force' | 'amended' | 'repealed';
              /** @description 时效性：现行有效、尚未施行、已修订、已废止 */
              validityLabel: string;
              /** @description 已核实：只有已核实的条目公开、可被站内搜索找到 */
              verified: boolean;
              /** @description 核实情况（仅工作人员可见） */
              verifyNote: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/openness/notices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 公示：全部公示及其状态（未开始、公示中、已归档）与收到的异议数 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              body: string;
              contact: string;
              endsOn: string;
              id: string;
              objections: number;
              startsOn: string;
              state: 'upcoming' | 'open' | 'archived';
              stateLabel: string;
              title: string;
              type: 'cadre' | 'title' | 'project' | 'other';
              typeLabel: string;
              updatedAt: string;
            }[];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    /** 发布公示 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            body: string;
            contact: string;
            /** @description YYYY-MM-DD，公示最后一天（含） */
            endsOn: string;
            /** @description YYYY-MM-DD，公示第一天 */
            startsOn: string;
            title: string;
            type: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              body: string;
              contact: string;
              endsOn: string;
              id: string;
              objections: number;
              startsOn: string;
              state: 'upcoming' | 'open' | 'archived';
              stateLabel: string;
              title: string;
              type: 'cadre' | 'title' | 'project' | 'other';
              typeLabel: string;
              updatedAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/openness/notices/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改公示（公示期结束后不能修改） */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            body?: string;
            contact?: string;
            /** @description YYYY-MM-DD，公示最后一天（含） */
            endsOn?: string;
            /** @description YYYY-MM-DD，公示第一天 */
            startsOn?: string;
            title?: string;
            type?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              body: string;
              contact: string;
              endsOn: string;
              id: string;
              objections: number;
              startsOn: string;
              state: 'upcoming' | 'open' | 'archived';
              stateLabel: string;
              title: string;
              type: 'cadre' | 'title' | 'project' | 'other';
              typeLabel: string;
              updatedAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/openness/notices/{id}/objections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 公示收到的异议（含联系电话） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              body: string;
              id: string;
              name: string;
              phone: string;
              receivedAt: string;
            }[];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/openness/vocab': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 目录的主题分类、体裁、有效性、年份与索引号格式 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              genres: string[];
              indexFormat: string;
              subjects: string[];
              validities: {
                label: string;
                value: 'in_force' | 'amended' | 'repealed';
              }[];
              years: number[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/people': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 人员列表（联系电话脱敏） */
    get: {
      parameters: {
        query?: {
          includeInactive?: boolean;
          includeSubunits?: boolean;
          page?: number;
          pageSize?: number;
          /** @description 姓名或职务 */
          q?: string;
          /** @description UUID */
          unitId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                active: boolean;
                email: string | null;
                id: string;
                leaderRank: ('director' | 'deputy' | 'other') | (never | null);
                name: string;
                phoneMask: string | null;
                sort: number;
                title: string | null;
                unitId: string;
                unitName: string;
              }[];
              total: number;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    /** 新增人员（系统管理员） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email?: string | null;
            leaderRank?: ('director' | 'deputy' | 'other') | (never | null);
            /** @description 姓名 */
            name: string;
            /** @description 手机号码或带区号的固定电话，如 0371-65901234 */
            phone?: string | null;
            /** @description 排序号（小者在前） */
            sort?: number;
            /** @description 职务 */
            title?: string | null;
            /**
             * Format: uuid
             * @description UUID
             */
            unitId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              canRevealPhone: boolean;
              charges: {
                code: string;
                name: string;
                unitId: string;
              }[];
              email: string | null;
              id: string;
              leaderRank: ('director' | 'deputy' | 'other') | (never | null);
              name: string;
              phoneMask: string | null;
              sort: number;
              title: string | null;
              unitId: string;
              unitName: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/people/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 人员详情 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              canRevealPhone: boolean;
              charges: {
                code: string;
                name: string;
                unitId: string;
              }[];
              email: string | null;
              id: string;
              leaderRank: ('director' | 'deputy' | 'other') | (never | null);
              name: string;
              phoneMask: string | null;
              sort: number;
              title: string | null;
              unitId: string;
              unitName: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改人员（系统管理员） */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            active?: boolean;
            /** Format: email */
            email?: string | null;
            leaderRank?: ('director' | 'deputy' | 'other') | (never | null);
            /** @description 姓名 */
            name?: string;
            /** @description 手机号码或带区号的固定电话，如 0371-65901234 */
            phone?: string | null;
            /** @description 排序号（小者在前） */
            sort?: number;
            /** @description 职务 */
            title?: string | null;
            /**
             * Format: uuid
             * @description UUID
             */
            unitId?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              canRevealPhone: boolean;
              charges: {
                code: string;
                name: string;
                unitId: string;
              }[];
              email: string | null;
              id: string;
              leaderRank: ('director' | 'deputy' | 'other') | (never | null);
              name: string;
              phoneMask: string | null;
              sort: number;
              title: string | null;
              unitId: string;
              unitName: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/people/{id}/charges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 设置局领导的分管单位（系统管理员） */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 分管单位 */
            unitIds: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              charges: {
                code: string;
                name: string;
                /** @description 单位类型：省局 / 处室 / 直属单位 / 省辖市林业局 / 县级林业局 */
                type: 'department' | 'division' | 'affiliated' | 'city_bureau' | 'county_bureau';
                unitId: string;
              }[];
              id: string;
              /** @description 局领导职级：局长 / 副局长 / 其他局领导 */
              leaderRank: 'director' | 'deputy' | 'other';
              name: string;
              sort: number;
              title: string | null;
              unitId: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/people/{id}/phone': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 查看完整联系电话（按数据范围，记入审计） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              phone: string | null;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/permissions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 权限目录 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              permissions: {
                code: string;
                module: string;
                name: string;
              }[];
              scopes: {
                all: string;
                self: string;
                subtree: string;
                unit: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal-ops/board/posts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 供求信息审核列表（含联系方式，仅审核人员） */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          status?: ('pending' | 'published' | 'rejected' | 'hidden' | 'withdrawn')[];
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              counts: {
                [key: string]: number;
              };
              items: {
                authorKind: string;
                authorName: string;
                contact: {
                  name: string;
                  phone: string;
                } | null;
                createdAt: string;
                description: string;
                expired: boolean;
                id: string;
                kind: string;
                kindLabel: string;
                moderatedAt: string | null;
                moderatedByName: string | null;
                moderationNote: string | null;
                product: string;
                publishedAt: string | null;
                quantity: string;
                regionCode: string;
                regionName: string;
                status: string;
                statusLabel: string;
                unit: string;
                validUntil: string;
              }[];
              openReports: number;
              total: number;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal-ops/board/posts/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 审核通过并发布 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              authorKind: string;
              authorName: string;
              contact: {
                name: string;
                phone: string;
              } | null;
              createdAt: string;
              description: string;
              expired: boolean;
              id: string;
              kind: string;
              kindLabel: string;
              moderatedAt: string | null;
              moderatedByName: string | null;
              moderationNote: string | null;
              product: string;
              publishedAt: string | null;
              quantity: string;
              regionCode: string;
              regionName: string;
              status: string;
              statusLabel: string;
              unit: string;
              validUntil: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal-ops/board/posts/{id}/hide': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 屏蔽已发布的信息（须说明理由） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 理由（告知发布者） */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              authorKind: string;
              authorName: string;
              contact: {
                name: string;
                phone: string;
              } | null;
              createdAt: string;
              description: string;
              expired: boolean;
              id: string;
              kind: string;
              kindLabel: string;
              moderatedAt: string | null;
              moderatedByName: string | null;
              moderationNote: string | null;
              product: string;
              publishedAt: string | null;
              quantity: string;
              regionCode: string;
              regionName: string;
              status: string;
              statusLabel: string;
              unit: string;
              validUntil: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal-ops/board/posts/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 不予通过（须说明理由） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 理由（告知发布者） */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              authorKind: string;
              authorName: string;
              contact: {
                name: string;
                phone: string;
              } | null;
              createdAt: string;
              description: string;
              expired: boolean;
              id: string;
              kind: string;
              kindLabel: string;
              moderatedAt: string | null;
              moderatedByName: string | null;
              moderationNote: string | null;
              product: string;
              publishedAt: string | null;
              quantity: string;
              regionCode: string;
              regionName: string;
              status: string;
              statusLabel: string;
              unit: string;
              validUntil: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal-ops/board/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 举报列表 */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          status?: 'open' | 'upheld' | 'dismissed';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                anonymous: boolean;
                createdAt: string;
                detail: string;
                handledAt: string | null;
                handledByName: string | null;
                id: string;
                note: string | null;
                postId: string;
                postKindLabel: string;
                postProduct: string;
                postStatus: string;
                reason: string;
                status: string;
                statusLabel: string;
              }[];
              total: number;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal-ops/board/reports/{id}/resolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 处理举报：属实（屏蔽该信息）或不予采纳 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description uphold 属实（屏蔽该信息）/ dismiss 不予采纳 */
            action: 'uphold' | 'dismiss';
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              anonymous: boolean;
              createdAt: string;
              detail: string;
              handledAt: string | null;
              handledByName: string | null;
              id: string;
              note: string | null;
              postId: string;
              postKindLabel: string;
              postProduct: string;
              postStatus: string;
              reason: string;
              status: string;
              statusLabel: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal-ops/feed-items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 采集审核队列（默认待审核；也可查看重复、已舍弃、已送审的条目） */
    get: {
      parameters: {
        query?: {
          feedId?: string;
          page?: number;
          pageSize?: number;
          status?: 'queued' | 'duplicate' | 'discarded' | 'accepted';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                articleId: string | null;
                articleStatus: string | null;
                columnId: string;
                columnName: string;
                duplicateOf: string | null;
                feedId: string;
                feedName: string;
                fetchedAt: string;
                id: string;
                publishedAt: string | null;
                status: string;
                statusLabel: string;
                title: string;
                url: string;
              }[];
              total: number;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal-ops/feed-items/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 采用：草稿送审，按栏目的审核流程发布 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal-ops/feed-items/{id}/discard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 舍弃：删除草稿，今后不再采集该条目 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal-ops/feeds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 订阅源列表 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                columnId: string;
                columnName: string;
                enabled: boolean;
                id: string;
                intervalMinutes: number;
                lastError: string | null;
                lastFetchedAt: string | null;
                lastNew: number;
                lastStatus: string | null;
                name: string;
                url: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    /** 栏目订阅 RSS/Atom 信息源 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            columnId: string;
            enabled?: boolean;
            /** @description 抓取间隔（分钟） */
            intervalMinutes?: number;
            /** @description 来源名称（转载时显示为出处） */
            name: string;
            /** @description RSS 或 Atom 订阅地址 */
            url: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              columnId: string;
              columnName: string;
              enabled: boolean;
              id: string;
              intervalMinutes: number;
              lastError: string | null;
              lastFetchedAt: string | null;
              lastNew: number;
              lastStatus: string | null;
              name: string;
              url: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal-ops/feeds/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** 删除订阅源（已采集的草稿保留） */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** 修改订阅源（名称、地址、间隔、启停） */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            enabled?: boolean;
            intervalMinutes?: number;
            name?: string;
            url?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              columnId: string;
              columnName: string;
              enabled: boolean;
              id: string;
              intervalMinutes: number;
              lastError: string | null;
              lastFetchedAt: string | null;
              lastNew: number;
              lastStatus: string | null;
              name: string;
              url: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/portal-ops/feeds/{id}/fetch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 立即抓取订阅源，新条目进入审核队列（草稿，不会自动发布） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              duplicates: number;
              entries: number;
              error: string | null;
              imported: number;
              status: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal-ops/freshness': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 栏目更新监测：各栏目最近更新、更新要求、逾期天数，以及网站健康度（单项否决指标） */
    get: {
      parameters: {
        query?: {
          /** @description 包括不监测的栏目（上级栏目、链接、模块页面） */
          all?: boolean;
          status?: ('ok' | 'due-soon' | 'overdue' | 'empty' | 'no-rule' | 'unmonitored')[];
          unitId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              columns: {
                category: string;
                code: string;
                daysOverdue: number;
                daysSinceUpdate: number | null;
                daysToDue: number | null;
                dueDay: string | null;
                id: string;
                kind: string;
                lastUpdate: string | null;
                lastUpdateDay: string | null;
                level: number;
                liveArticles: number;
                name: string;
                parentId: string | null;
                responsibleUnitId: string;
                responsibleUnitName: string;
                status: 'ok' | 'due-soon' | 'overdue' | 'empty' | 'no-rule' | 'unmonitored';
                statusLabel: string;
                updateDays: number | null;
              }[];
              health: {
                checks: {
                  count: number;
                  key: string;
                  label: string;
                  national: boolean;
                  offenders: {
                    code: string;
                    columnId: string;
                    daysSinceUpdate: number | null;
                    lastUpdateDay: string | null;
                    name: string;
                    responsibleUnitId: string;
                    responsibleUnitName: string;
                  }[];
                  rule: string;
                  soon: {
                    code: string;
                    columnId: string;
                    daysSinceUpdate: number | null;
                    lastUpdateDay: string | null;
                    name: string;
                    responsibleUnitId: string;
                    responsibleUnitName: string;
                  }[];
                  status: 'pass' | 'warning' | 'fail';
                  summary: string;
                  threshold: number;
                }[];
                home: {
                  daysSinceUpdate: number | null;
                  lastUpdate: string | null;
                  lastUpdateDay: string | null;
                };
                today: string;
                totals: {
                  [key: string]: number;
                };
                verdict: 'pass' | 'warning' | 'fail';
              };
              units: {
                id: string;
                name: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal-ops/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 网站健康度摘要（工作台首页卡片） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              checks: {
                count: number;
                key: string;
                label: string;
                national: boolean;
                offenders: {
                  code: string;
                  columnId: string;
                  daysSinceUpdate: number | null;
                  lastUpdateDay: string | null;
                  name: string;
                  responsibleUnitId: string;
                  responsibleUnitName: string;
                }[];
                rule: string;
                soon: {
                  code: string;
                  columnId: string;
                  daysSinceUpdate: number | null;
                  lastUpdateDay: string | null;
                  name: string;
                  responsibleUnitId: string;
                  responsibleUnitName: string;
                }[];
                status: 'pass' | 'warning' | 'fail';
                summary: string;
                threshold: number;
              }[];
              home: {
                daysSinceUpdate: number | null;
                lastUpdate: string | null;
                lastUpdateDay: string | null;
              };
              today: string;
              totals: {
                [key: string]: number;
              };
              verdict: 'pass' | 'warning' | 'fail';
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal-ops/links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 链接检查结果（每个链接及包含它的稿件） */
    get: {
      parameters: {
        query?: {
          /** @description 只看失效、超时与无法访问的链接 */
          failing?: boolean;
          page?: number;
          pageSize?: number;
          status?: ('pending' | 'ok' | 'broken' | 'timeout' | 'error' | 'skipped')[];
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                articles: {
                  columnName: string;
                  id: string;
                  kind: string;
                  kindLabel: string;
                  label: string | null;
                  title: string;
                }[];
                checkedAt: string | null;
                display: string;
                error: string | null;
                failingSince: string | null;
                finalUrl: string | null;
                httpStatus: number | null;
                id: string;
                redirects: number;
                status: string;
                statusLabel: string;
                url: string;
              }[];
              total: number;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal-ops/links/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 立即检查已发布内容中的链接（后台进行，完成后查看结果） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              articles: number;
              broken: number;
              checked: number;
              error: string | null;
              finishedAt: string | null;
              id: string;
              links: number;
              running: boolean;
              startedAt: string;
              trigger: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal-ops/links/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 最近一次链接检查与各状态的链接数 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              counts: {
                [key: string]: number;
              };
              latest: {
                articles: number;
                broken: number;
                checked: number;
                error: string | null;
                finishedAt: string | null;
                id: string;
                links: number;
                running: boolean;
                startedAt: string;
                trigger: string;
              } | null;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal-ops/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 访问统计：每日浏览量与访客数、日均、热门稿件与栏目（全站、栏目或稿件） */
    get: {
      parameters: {
        query?: {
          articleId?: string;
          columnId?: string;
          /** @description 日期 YYYY-MM-DD */
          from?: string;
          /** @description 日期 YYYY-MM-DD */
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              asOf: string;
              averageDays: number;
              dailyAverage: {
                views: number;
                visitors: number;
              };
              days: number;
              from: string;
              partialDay: string | null;
              scope: string;
              series: {
                day: string;
                views: number;
                visitors: number;
              }[];
              target: {
                id: string;
                name: string;
              } | null;
              to: string;
              topArticles: {
                columnName: string;
                id: string;
                title: string;
                views: number;
                visitors: number;
              }[];
              topColumns: {
                id: string;
                name: string;
                views: number;
                visitors: number;
              }[];
              totals: {
                views: number;
                visitors: number;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal/articles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 稿件列表（按数据范围） */
    get: {
      parameters: {
        query?: {
          /** @description UUID */
          columnId?: string;
          /** @description 只看我写的 */
          mine?: boolean;
          page?: number;
          pageSize?: number;
          /** @description 标题或来源包含 */
          q?: string;
          /** @description 状态（可多选） */
          status?: (
            | 'draft'
            | 'submitted'
            | 'reviewed'
            | 'scheduled'
            | 'published'
            | 'offline'
            | 'withdrawn'
          )[];
          /** @description 只看未经审核发布的 */
          unreviewed?: boolean;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                columnCode: string;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                columnId: string;
                columnName: string;
                createdByName: string | null;
                date: string | null;
                edition: number;
                /** Format: date-time */
                firstPublishedAt: string | null;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                id: string;
                liveEdition: number | null;
                /** @description 来源类型：original 原创 / shared 网刊共享 / reposted 转载 */
                origin: 'original' | 'shared' | 'reposted';
                pinned: boolean;
                /** Format: date-time */
                publishAt: string | null;
                /** Format: date-time */
                publishedAt: string | null;
                reviewsDone: number;
                reviewSteps: number;
                source: string | null;
                /** @description 稿件状态 */
                status:
                  | 'draft'
                  | 'submitted'
                  | 'reviewed'
                  | 'scheduled'
                  | 'published'
                  | 'offline'
                  | 'withdrawn';
                statusLabel: string;
                title: string;
                /** Format: date-time */
                unpublishAt: string | null;
                /** @description 未经审核发布（信息中心须关注） */
                unreviewed: boolean;
                /** Format: date-time */
                updatedAt: string;
              }[];
              total: number;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    /** 新建稿件（草稿） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            attachments?: {
              /**
               * Format: uuid
               * @description UUID
               */
              fileId: string;
              title?: string | null;
            }[];
            author?: string | null;
            /** @description 正文（HTML，保存时按白名单清洗） */
            bodyHtml: string;
            /**
             * Format: uuid
             * @description UUID
             */
            columnId: string;
            /**
             * Format: uuid
             * @description UUID
             */
            coverFileId?: string | null;
            /** @description 日期 YYYY-MM-DD */
            date?: string | null;
            /** @description 本次修改说明 */
            note?: string | null;
            /** @description 来源类型：original 原创 / shared 网刊共享 / reposted 转载 */
            origin?: 'original' | 'shared' | 'reposted';
            /** @description 转载出处或网刊名称与期号 */
            originName?: string | null;
            /** @description 转载原文地址 */
            originUrl?: string | null;
            /** @description 置顶 */
            pinned?: boolean;
            /** @description 来源 */
            source?: string | null;
            subtitle?: string | null;
            summary?: string | null;
            tags?: string[];
            /** @description 标题 */
            title: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              actions: {
                delete: boolean;
                edit: boolean;
                publish: boolean;
                publishUnreviewed: boolean;
                review: boolean;
                submit: boolean;
                unpublish: boolean;
                unschedule: boolean;
                withdraw: boolean;
              };
              attachments: {
                /**
                 * Format: uuid
                 * @description UUID
                 */
                fileId: string;
                mime: string;
                size: number;
                title: string;
              }[];
              author: string | null;
              bodyHtml: string;
              bodyText: string;
              columnCode: string;
              /**
               * Format: uuid
               * @description UUID
               */
              columnId: string;
              columnName: string;
              /**
               * Format: uuid
               * @description UUID
               */
              coverFileId: string | null;
              createdByName: string | null;
              date: string | null;
              edition: number;
              editions: {
                /** Format: date-time */
                createdAt: string;
                createdByName: string | null;
                edition: number;
                note: string | null;
                title: string;
              }[];
              events: {
                action: string;
                actorName: string | null;
                /** Format: date-time */
                at: string;
                comment: string | null;
                edition: number;
                label: string;
                step: number | null;
              }[];
              externalKey: string | null;
              /** Format: date-time */
              firstPublishedAt: string | null;
              /**
               * Format: uuid
               * @description UUID
               */
              id: string;
              liveEdition: number | null;
              /** @description 来源类型：original 原创 / shared 网刊共享 / reposted 转载 */
              origin: 'original' | 'shared' | 'reposted';
              originName: string | null;
              originUrl: string | null;
              pinned: boolean;
              /** Format: date-time */
              publishAt: string | null;
              /** Format: date-time */
              publishedAt: string | null;
              reviewsDone: number;
              reviewSteps: number;
              source: string | null;
              /** @description 稿件状态 */
              status:
                | 'draft'
                | 'submitted'
                | 'reviewed'
                | 'scheduled'
                | 'published'
                | 'offline'
                | 'withdrawn';
              statusLabel: string;
              subtitle: string | null;
              summary: string | null;
              tags: string[];
              title: string;
              /** Format: date-time */
              unpublishAt: string | null;
              /** @description 未经审核发布（信息中心须关注） */
              unreviewed: boolean;
              unreviewedReason: string | null;
              /** Format: date-time */
              updatedAt: string;
              /** Format: date-time */
              withdrawnAt: string | null;
              withdrawnReason: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal/articles/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 稿件详情（含版本与流转记录） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              actions: {
                delete: boolean;
                edit: boolean;
                publish: boolean;
                publishUnreviewed: boolean;
                review: boolean;
                submit: boolean;
                unpublish: boolean;
                unschedule: boolean;
                withdraw: boolean;
              };
              attachments: {
                /**
                 * Format: uuid
                 * @description UUID
                 */
                fileId: string;
                mime: string;
                size: number;
                title: string;
              }[];
              author: string | null;
              bodyHtml: string;
              bodyText: string;
              columnCode: string;
              /**
               * Format: uuid
               * @description UUID
               */
              columnId: string;
              columnName: string;
              /**
               * Format: uuid
               * @description UUID
               */
              coverFileId: string | null;
              createdByName: string | null;
              date: string | null;
              edition: number;
              editions: {
                /** Format: date-time */
                createdAt: string;
                createdByName: string | null;
                edition: number;
                note: string | null;
                title: string;
              }[];
              events: {
                action: string;
                actorName: string | null;
                /** Format: date-time */
                at: string;
                comment: string | null;
                edition: number;
                label: string;
                step: number | null;
              }[];
              externalKey: string | null;
              /** Format: date-time */
              firstPublishedAt: string | null;
              /**
               * Format: uuid
               * @description UUID
               */
              id: string;
              liveEdition: number | null;
              /** @description 来源类型：original 原创 / shared 网刊共享 / reposted 转载 */
              origin: 'original' | 'shared' | 'reposted';
              originName: string | null;
              originUrl: string | null;
              pinned: boolean;
              /** Format: date-time */
              publishAt: string | null;
              /** Format: date-time */
              publishedAt: string | null;
              reviewsDone: number;
              reviewSteps: number;
              source: string | null;
              /** @description 稿件状态 */
              status:
                | 'draft'
                | 'submitted'
                | 'reviewed'
                | 'scheduled'
                | 'published'
                | 'offline'
                | 'withdrawn';
              statusLabel: string;
              subtitle: string | null;
              summary: string | null;
              tags: string[];
              title: string;
              /** Format: date-time */
              unpublishAt: string | null;
              /** @description 未经审核发布（信息中心须关注） */
              unreviewed: boolean;
              unreviewedReason: string | null;
              /** Format: date-time */
              updatedAt: string;
              /** Format: date-time */
              withdrawnAt: string | null;
              withdrawnReason: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** 删除从未发布的稿件 */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** 保存修改（内容有变化即生成新版本） */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            attachments?: {
              /**
               * Format: uuid
               * @description UUID
               */
              fileId: string;
              title?: string | null;
            }[];
            author?: string | null;
            /** @description 正文（HTML，保存时按白名单清洗） */
            bodyHtml?: string;
            /**
             * Format: uuid
             * @description UUID
             */
            columnId?: string;
            /**
             * Format: uuid
             * @description UUID
             */
            coverFileId?: string | null;
            /** @description 日期 YYYY-MM-DD */
            date?: string | null;
            /** @description 本次修改说明 */
            note?: string | null;
            /** @description 来源类型：original 原创 / shared 网刊共享 / reposted 转载 */
            origin?: 'original' | 'shared' | 'reposted';
            /** @description 转载出处或网刊名称与期号 */
            originName?: string | null;
            /** @description 转载原文地址 */
            originUrl?: string | null;
            /** @description 置顶 */
            pinned?: boolean;
            /** @description 来源 */
            source?: string | null;
            subtitle?: string | null;
            summary?: string | null;
            tags?: string[];
            /** @description 标题 */
            title?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              actions: {
                delete: boolean;
                edit: boolean;
                publish: boolean;
                publishUnreviewed: boolean;
                review: boolean;
                submit: boolean;
                unpublish: boolean;
                unschedule: boolean;
                withdraw: boolean;
              };
              attachments: {
                /**
                 * Format: uuid
                 * @description UUID
                 */
                fileId: string;
                mime: string;
                size: number;
                title: string;
              }[];
              author: string | null;
              bodyHtml: string;
              bodyText: string;
              columnCode: string;
              /**
               * Format: uuid
               * @description UUID
               */
              columnId: string;
              columnName: string;
              /**
               * Format: uuid
               * @description UUID
               */
              coverFileId: string | null;
              createdByName: string | null;
              date: string | null;
              edition: number;
              editions: {
                /** Format: date-time */
                createdAt: string;
                createdByName: string | null;
                edition: number;
                note: string | null;
                title: string;
              }[];
              events: {
                action: string;
                actorName: string | null;
                /** Format: date-time */
                at: string;
                comment: string | null;
                edition: number;
                label: string;
                step: number | null;
              }[];
              externalKey: string | null;
              /** Format: date-time */
              firstPublishedAt: string | null;
              /**
               * Format: uuid
               * @description UUID
               */
              id: string;
              liveEdition: number | null;
              /** @description 来源类型：original 原创 / shared 网刊共享 / reposted 转载 */
              origin: 'original' | 'shared' | 'reposted';
              originName: string | null;
              originUrl: string | null;
              pinned: boolean;
              /** Format: date-time */
              publishAt: string | null;
              /** Format: date-time */
              publishedAt: string | null;
              reviewsDone: number;
              reviewSteps: number;
              source: string | null;
              /** @description 稿件状态 */
              status:
                | 'draft'
                | 'submitted'
                | 'reviewed'
                | 'scheduled'
                | 'published'
                | 'offline'
                | 'withdrawn';
              statusLabel: string;
              subtitle: string | null;
              summary: string | null;
              tags: string[];
              title: string;
              /** Format: date-time */
              unpublishAt: string | null;
              /** @description 未经审核发布（信息中心须关注） */
              unreviewed: boolean;
              unreviewedReason: string | null;
              /** Format: date-time */
              updatedAt: string;
              /** Format: date-time */
              withdrawnAt: string | null;
              withdrawnReason: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/portal/articles/{id}/diff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 两个版本的差异 */
    get: {
      parameters: {
        query: {
          from: number;
          to: number;
        };
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              body: {
                /** @description 段落差异 */
                op: 'equal' | 'insert' | 'delete' | 'change';
                parts: {
                  /** @description 差异 */
                  op: 'equal' | 'insert' | 'delete';
                  text: string;
                }[];
              }[];
              fields: {
                field: string;
                label: string;
                parts: {
                  /** @description 差异 */
                  op: 'equal' | 'insert' | 'delete';
                  text: string;
                }[];
              }[];
              from: number;
              to: number;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal/articles/{id}/editions/{edition}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 稿件的某一版本 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          edition: number;
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * Format: uuid
               * @description UUID
               */
              articleId: string;
              attachments: {
                /**
                 * Format: uuid
                 * @description UUID
                 */
                fileId: string;
                mime: string;
                size: number;
                title: string;
              }[];
              author: string | null;
              bodyHtml: string;
              bodyText: string;
              /**
               * Format: uuid
               * @description UUID
               */
              coverFileId: string | null;
              /** Format: date-time */
              createdAt: string;
              createdByName: string | null;
              date: string | null;
              edition: number;
              note: string | null;
              /** @description 来源类型：original 原创 / shared 网刊共享 / reposted 转载 */
              origin: 'original' | 'shared' | 'reposted';
              originName: string | null;
              originUrl: string | null;
              source: string | null;
              subtitle: string | null;
              summary: string | null;
              tags: string[];
              title: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal/articles/{id}/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 预览（按网站样式显示当前稿，HTML） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 预览页 */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal/articles/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 发布（立即或定时，可设定时下线） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: date-time
             * @description 定时发布时间；不填为立即发布
             */
            publishAt?: string | null;
            /**
             * Format: date-time
             * @description 定时下线时间
             */
            unpublishAt?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              actions: {
                delete: boolean;
                edit: boolean;
                publish: boolean;
                publishUnreviewed: boolean;
                review: boolean;
                submit: boolean;
                unpublish: boolean;
                unschedule: boolean;
                withdraw: boolean;
              };
              attachments: {
                /**
                 * Format: uuid
                 * @description UUID
                 */
                fileId: string;
                mime: string;
                size: number;
                title: string;
              }[];
              author: string | null;
              bodyHtml: string;
              bodyText: string;
              columnCode: string;
              /**
               * Format: uuid
               * @description UUID
               */
              columnId: string;
              columnName: string;
              /**
               * Format: uuid
               * @description UUID
               */
              coverFileId: string | null;
              createdByName: string | null;
              date: string | null;
              edition: number;
              editions: {
                /** Format: date-time */
                createdAt: string;
                createdByName: string | null;
                edition: number;
                note: string | null;
                title: string;
              }[];
              events: {
                action: string;
                actorName: string | null;
                /** Format: date-time */
                at: string;
                comment: string | null;
                edition: number;
                label: string;
                step: number | null;
              }[];
              externalKey: string | null;
              /** Format: date-time */
              firstPublishedAt: string | null;
              /**
               * Format: uuid
               * @description UUID
               */
              id: string;
              liveEdition: number | null;
              /** @description 来源类型：original 原创 / shared 网刊共享 / reposted 转载 */
              origin: 'original' | 'shared' | 'reposted';
              originName: string | null;
              originUrl: string | null;
              pinned: boolean;
              /** Format: date-time */
              publishAt: string | null;
              /** Format: date-time */
              publishedAt: string | null;
              reviewsDone: number;
              reviewSteps: number;
              source: string | null;
              /** @description 稿件状态 */
              status:
                | 'draft'
                | 'submitted'
                | 'reviewed'
                | 'scheduled'
                | 'published'
                | 'offline'
                | 'withdrawn';
              statusLabel: string;
              subtitle: string | null;
              summary: string | null;
              tags: string[];
              title: string;
              /** Format: date-time */
              unpublishAt: string | null;
              /** @description 未经审核发布（信息中心须关注） */
              unreviewed: boolean;
              unreviewedReason: string | null;
              /** Format: date-time */
              updatedAt: string;
              /** Format: date-time */
              withdrawnAt: string | null;
              withdrawnReason: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal/articles/{id}/publish-unreviewed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 未经审核发布（须有授权并说明理由） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: date-time
             * @description 定时发布时间；不填为立即发布
             */
            publishAt?: string | null;
            /** @description 未经审核发布的理由 */
            reason: string;
            /**
             * Format: date-time
             * @description 定时下线时间
             */
            unpublishAt?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              actions: {
                delete: boolean;
                edit: boolean;
                publish: boolean;
                publishUnreviewed: boolean;
                review: boolean;
                submit: boolean;
                unpublish: boolean;
                unschedule: boolean;
                withdraw: boolean;
              };
              attachments: {
                /**
                 * Format: uuid
                 * @description UUID
                 */
                fileId: string;
                mime: string;
                size: number;
                title: string;
              }[];
              author: string | null;
              bodyHtml: string;
              bodyText: string;
              columnCode: string;
              /**
               * Format: uuid
               * @description UUID
               */
              columnId: string;
              columnName: string;
              /**
               * Format: uuid
               * @description UUID
               */
              coverFileId: string | null;
              createdByName: string | null;
              date: string | null;
              edition: number;
              editions: {
                /** Format: date-time */
                createdAt: string;
                createdByName: string | null;
                edition: number;
                note: string | null;
                title: string;
              }[];
              events: {
                action: string;
                actorName: string | null;
                /** Format: date-time */
                at: string;
                comment: string | null;
                edition: number;
                label: string;
                step: number | null;
              }[];
              externalKey: string | null;
              /** Format: date-time */
              firstPublishedAt: string | null;
              /**
               * Format: uuid
               * @description UUID
               */
              id: string;
              liveEdition: number | null;
              /** @description 来源类型：original 原创 / shared 网刊共享 / reposted 转载 */
              origin: 'original' | 'shared' | 'reposted';
              originName: string | null;
              originUrl: string | null;
              pinned: boolean;
              /** Format: date-time */
              publishAt: string | null;
              /** Format: date-time */
              publishedAt: string | null;
              reviewsDone: number;
              reviewSteps: number;
              source: string | null;
              /** @description 稿件状态 */
              status:
                | 'draft'
                | 'submitted'
                | 'reviewed'
                | 'scheduled'
                | 'published'
                | 'offline'
                | 'withdrawn';
              statusLabel: string;
              subtitle: string | null;
              summary: string | null;
              tags: string[];
              title: string;
              /** Format: date-time */
              unpublishAt: string | null;
              /** @description 未经审核发布（信息中心须关注） */
              unreviewed: boolean;
              unreviewedReason: string | null;
              /** Format: date-time */
              updatedAt: string;
              /** Format: date-time */
              withdrawnAt: string | null;
              withdrawnReason: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal/articles/{id}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 审核（通过或退回修改） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description true 通过 / false 退回修改 */
            approve: boolean;
            /** @description 审核意见（退回时必填） */
            comment?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              actions: {
                delete: boolean;
                edit: boolean;
                publish: boolean;
                publishUnreviewed: boolean;
                review: boolean;
                submit: boolean;
                unpublish: boolean;
                unschedule: boolean;
                withdraw: boolean;
              };
              attachments: {
                /**
                 * Format: uuid
                 * @description UUID
                 */
                fileId: string;
                mime: string;
                size: number;
                title: string;
              }[];
              author: string | null;
              bodyHtml: string;
              bodyText: string;
              columnCode: string;
              /**
               * Format: uuid
               * @description UUID
               */
              columnId: string;
              columnName: string;
              /**
               * Format: uuid
               * @description UUID
               */
              coverFileId: string | null;
              createdByName: string | null;
              date: string | null;
              edition: number;
              editions: {
                /** Format: date-time */
                createdAt: string;
                createdByName: string | null;
                edition: number;
                note: string | null;
                title: string;
              }[];
              events: {
                action: string;
                actorName: string | null;
                /** Format: date-time */
                at: string;
                comment: string | null;
                edition: number;
                label: string;
                step: number | null;
              }[];
              externalKey: string | null;
              /** Format: date-time */
              firstPublishedAt: string | null;
              /**
               * Format: uuid
               * @description UUID
               */
              id: string;
              liveEdition: number | null;
              /** @description 来源类型：original 原创 / shared 网刊共享 / reposted 转载 */
              origin: 'original' | 'shared' | 'reposted';
              originName: string | null;
              originUrl: string | null;
              pinned: boolean;
              /** Format: date-time */
              publishAt: string | null;
              /** Format: date-time */
              publishedAt: string | null;
              reviewsDone: number;
              reviewSteps: number;
              source: string | null;
              /** @description 稿件状态 */
              status:
                | 'draft'
                | 'submitted'
                | 'reviewed'
                | 'scheduled'
                | 'published'
                | 'offline'
                | 'withdrawn';
              statusLabel: string;
              subtitle: string | null;
              summary: string | null;
              tags: string[];
              title: string;
              /** Format: date-time */
              unpublishAt: string | null;
              /** @description 未经审核发布（信息中心须关注） */
              unreviewed: boolean;
              unreviewedReason: string | null;
              /** Format: date-time */
              updatedAt: string;
              /** Format: date-time */
              withdrawnAt: string | null;
              withdrawnReason: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal/articles/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 送审 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            comment?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              actions: {
                delete: boolean;
                edit: boolean;
                publish: boolean;
                publishUnreviewed: boolean;
                review: boolean;
                submit: boolean;
                unpublish: boolean;
                unschedule: boolean;
                withdraw: boolean;
              };
              attachments: {
                /**
                 * Format: uuid
                 * @description UUID
                 */
                fileId: string;
                mime: string;
                size: number;
                title: string;
              }[];
              author: string | null;
              bodyHtml: string;
              bodyText: string;
              columnCode: string;
              /**
               * Format: uuid
               * @description UUID
               */
              columnId: string;
              columnName: string;
              /**
               * Format: uuid
               * @description UUID
               */
              coverFileId: string | null;
              createdByName: string | null;
              date: string | null;
              edition: number;
              editions: {
                /** Format: date-time */
                createdAt: string;
                createdByName: string | null;
                edition: number;
                note: string | null;
                title: string;
              }[];
              events: {
                action: string;
                actorName: string | null;
                /** Format: date-time */
                at: string;
                comment: string | null;
                edition: number;
                label: string;
                step: number | null;
              }[];
              externalKey: string | null;
              /** Format: date-time */
              firstPublishedAt: string | null;
              /**
               * Format: uuid
               * @description UUID
               */
              id: string;
              liveEdition: number | null;
              /** @description 来源类型：original 原创 / shared 网刊共享 / reposted 转载 */
              origin: 'original' | 'shared' | 'reposted';
              originName: string | null;
              originUrl: string | null;
              pinned: boolean;
              /** Format: date-time */
              publishAt: string | null;
              /** Format: date-time */
              publishedAt: string | null;
              reviewsDone: number;
              reviewSteps: number;
              source: string | null;
              /** @description 稿件状态 */
              status:
                | 'draft'
                | 'submitted'
                | 'reviewed'
                | 'scheduled'
                | 'published'
                | 'offline'
                | 'withdrawn';
              statusLabel: string;
              subtitle: string | null;
              summary: string | null;
              tags: string[];
              title: string;
              /** Format: date-time */
              unpublishAt: string | null;
              /** @description 未经审核发布（信息中心须关注） */
              unreviewed: boolean;
              unreviewedReason: string | null;
              /** Format: date-time */
              updatedAt: string;
              /** Format: date-time */
              withdrawnAt: string | null;
              withdrawnReason: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal/articles/{id}/unpublish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 下线 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            comment?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              actions: {
                delete: boolean;
                edit: boolean;
                publish: boolean;
                publishUnreviewed: boolean;
                review: boolean;
                submit: boolean;
                unpublish: boolean;
                unschedule: boolean;
                withdraw: boolean;
              };
              attachments: {
                /**
                 * Format: uuid
                 * @description UUID
                 */
                fileId: string;
                mime: string;
                size: number;
                title: string;
              }[];
              author: string | null;
              bodyHtml: string;
              bodyText: string;
              columnCode: string;
              /**
               * Format: uuid
               * @description UUID
               */
              columnId: string;
              columnName: string;
              /**
               * Format: uuid
               * @description UUID
               */
              coverFileId: string | null;
              createdByName: string | null;
              date: string | null;
              edition: number;
              editions: {
                /** Format: date-time */
                createdAt: string;
                createdByName: string | null;
                edition: number;
                note: string | null;
                title: string;
              }[];
              events: {
                action: string;
                actorName: string | null;
                /** Format: date-time */
                at: string;
                comment: string | null;
                edition: number;
                label: string;
                step: number | null;
              }[];
              externalKey: string | null;
              /** Format: date-time */
              firstPublishedAt: string | null;
              /**
               * Format: uuid
               * @description UUID
               */
              id: string;
              liveEdition: number | null;
              /** @description 来源类型：original 原创 / shared 网刊共享 / reposted 转载 */
              origin: 'original' | 'shared' | 'reposted';
              originName: string | null;
              originUrl: string | null;
              pinned: boolean;
              /** Format: date-time */
              publishAt: string | null;
              /** Format: date-time */
              publishedAt: string | null;
              reviewsDone: number;
              reviewSteps: number;
              source: string | null;
              /** @description 稿件状态 */
              status:
                | 'draft'
                | 'submitted'
                | 'reviewed'
                | 'scheduled'
                | 'published'
                | 'offline'
                | 'withdrawn';
              statusLabel: string;
              subtitle: string | null;
              summary: string | null;
              tags: string[];
              title: string;
              /** Format: date-time */
              unpublishAt: string | null;
              /** @description 未经审核发布（信息中心须关注） */
              unreviewed: boolean;
              unreviewedReason: string | null;
              /** Format: date-time */
              updatedAt: string;
              /** Format: date-time */
              withdrawnAt: string | null;
              withdrawnReason: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal/articles/{id}/unschedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 取消定时发布 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              actions: {
                delete: boolean;
                edit: boolean;
                publish: boolean;
                publishUnreviewed: boolean;
                review: boolean;
                submit: boolean;
                unpublish: boolean;
                unschedule: boolean;
                withdraw: boolean;
              };
              attachments: {
                /**
                 * Format: uuid
                 * @description UUID
                 */
                fileId: string;
                mime: string;
                size: number;
                title: string;
              }[];
              author: string | null;
              bodyHtml: string;
              bodyText: string;
              columnCode: string;
              /**
               * Format: uuid
               * @description UUID
               */
              columnId: string;
              columnName: string;
              /**
               * Format: uuid
               * @description UUID
               */
              coverFileId: string | null;
              createdByName: string | null;
              date: string | null;
              edition: number;
              editions: {
                /** Format: date-time */
                createdAt: string;
                createdByName: string | null;
                edition: number;
                note: string | null;
                title: string;
              }[];
              events: {
                action: string;
                actorName: string | null;
                /** Format: date-time */
                at: string;
                comment: string | null;
                edition: number;
                label: string;
                step: number | null;
              }[];
              externalKey: string | null;
              /** Format: date-time */
              firstPublishedAt: string | null;
              /**
               * Format: uuid
               * @description UUID
               */
              id: string;
              liveEdition: number | null;
              /** @description 来源类型：original 原创 / shared 网刊共享 / reposted 转载 */
              origin: 'original' | 'shared' | 'reposted';
              originName: string | null;
              originUrl: string | null;
              pinned: boolean;
              /** Format: date-time */
              publishAt: string | null;
              /** Format: date-time */
              publishedAt: string | null;
              reviewsDone: number;
              reviewSteps: number;
              source: string | null;
              /** @description 稿件状态 */
              status:
                | 'draft'
                | 'submitted'
                | 'reviewed'
                | 'scheduled'
                | 'published'
                | 'offline'
                | 'withdrawn';
              statusLabel: string;
              subtitle: string | null;
              summary: string | null;
              tags: string[];
              title: string;
              /** Format: date-time */
              unpublishAt: string | null;
              /** @description 未经审核发布（信息中心须关注） */
              unreviewed: boolean;
              unreviewedReason: string | null;
              /** Format: date-time */
              updatedAt: string;
              /** Format: date-time */
              withdrawnAt: string | null;
              withdrawnReason: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal/articles/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 撤回（网站上显示撤回说明） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 撤回理由（向公众显示） */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              actions: {
                delete: boolean;
                edit: boolean;
                publish: boolean;
                publishUnreviewed: boolean;
                review: boolean;
                submit: boolean;
                unpublish: boolean;
                unschedule: boolean;
                withdraw: boolean;
              };
              attachments: {
                /**
                 * Format: uuid
                 * @description UUID
                 */
                fileId: string;
                mime: string;
                size: number;
                title: string;
              }[];
              author: string | null;
              bodyHtml: string;
              bodyText: string;
              columnCode: string;
              /**
               * Format: uuid
               * @description UUID
               */
              columnId: string;
              columnName: string;
              /**
               * Format: uuid
               * @description UUID
               */
              coverFileId: string | null;
              createdByName: string | null;
              date: string | null;
              edition: number;
              editions: {
                /** Format: date-time */
                createdAt: string;
                createdByName: string | null;
                edition: number;
                note: string | null;
                title: string;
              }[];
              events: {
                action: string;
                actorName: string | null;
                /** Format: date-time */
                at: string;
                comment: string | null;
                edition: number;
                label: string;
                step: number | null;
              }[];
              externalKey: string | null;
              /** Format: date-time */
              firstPublishedAt: string | null;
              /**
               * Format: uuid
               * @description UUID
               */
              id: string;
              liveEdition: number | null;
              /** @description 来源类型：original 原创 / shared 网刊共享 / reposted 转载 */
              origin: 'original' | 'shared' | 'reposted';
              originName: string | null;
              originUrl: string | null;
              pinned: boolean;
              /** Format: date-time */
              publishAt: string | null;
              /** Format: date-time */
              publishedAt: string | null;
              reviewsDone: number;
              reviewSteps: number;
              source: string | null;
              /** @description 稿件状态 */
              status:
                | 'draft'
                | 'submitted'
                | 'reviewed'
                | 'scheduled'
                | 'published'
                | 'offline'
                | 'withdrawn';
              statusLabel: string;
              subtitle: string | null;
              summary: string | null;
              tags: string[];
              title: string;
              /** Format: date-time */
              unpublishAt: string | null;
              /** @description 未经审核发布（信息中心须关注） */
              unreviewed: boolean;
              unreviewedReason: string | null;
              /** Format: date-time */
              updatedAt: string;
              /** Format: date-time */
              withdrawnAt: string | null;
              withdrawnReason: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal/articles/review-queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 待我审核的稿件 */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                columnCode: string;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                columnId: string;
                columnName: string;
                createdByName: string | null;
                date: string | null;
                edition: number;
                /** Format: date-time */
                firstPublishedAt: string | null;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                id: string;
                liveEdition: number | null;
                /** @description 来源类型：original 原创 / shared 网刊共享 / reposted 转载 */
                origin: 'original' | 'shared' | 'reposted';
                pinned: boolean;
                /** Format: date-time */
                publishAt: string | null;
                /** Format: date-time */
                publishedAt: string | null;
                reviewsDone: number;
                reviewSteps: number;
                source: string | null;
                /** @description 稿件状态 */
                status:
                  | 'draft'
                  | 'submitted'
                  | 'reviewed'
                  | 'scheduled'
                  | 'published'
                  | 'offline'
                  | 'withdrawn';
                statusLabel: string;
                title: string;
                /** Format: date-time */
                unpublishAt: string | null;
                /** @description 未经审核发布（信息中心须关注） */
                unreviewed: boolean;
                /** Format: date-time */
                updatedAt: string;
              }[];
              total: number;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal/articles/scheduled': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 定时发布与定时下线的稿件 */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                columnCode: string;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                columnId: string;
                columnName: string;
                createdByName: string | null;
                date: string | null;
                edition: number;
                /** Format: date-time */
                firstPublishedAt: string | null;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                id: string;
                liveEdition: number | null;
                /** @description 来源类型：original 原创 / shared 网刊共享 / reposted 转载 */
                origin: 'original' | 'shared' | 'reposted';
                pinned: boolean;
                /** Format: date-time */
                publishAt: string | null;
                /** Format: date-time */
                publishedAt: string | null;
                reviewsDone: number;
                reviewSteps: number;
                source: string | null;
                /** @description 稿件状态 */
                status:
                  | 'draft'
                  | 'submitted'
                  | 'reviewed'
                  | 'scheduled'
                  | 'published'
                  | 'offline'
                  | 'withdrawn';
                statusLabel: string;
                title: string;
                /** Format: date-time */
                unpublishAt: string | null;
                /** @description 未经审核发布（信息中心须关注） */
                unreviewed: boolean;
                /** Format: date-time */
                updatedAt: string;
              }[];
              total: number;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal/columns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 栏目树（扁平列表，按树的顺序） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @description 考核类别：news 动态 / notice 通知公告 / policy 政策文件 / general 其他 */
                category: 'news' | 'notice' | 'policy' | 'general';
                code: string;
                description: string | null;
                editable: boolean;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                id: string;
                /** @description 栏目类型：list 文章列表 / page 单页 / link 外部链接 / module 模块页面 */
                kind: 'list' | 'page' | 'link' | 'module';
                /** Format: date-time */
                lastPublishedAt: string | null;
                level: number;
                liveArticles: number;
                name: string;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                parentId: string | null;
                path: string;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                responsibleUnitId: string;
                responsibleUnitName: string;
                reviewSteps: number;
                sort: number;
                target: string | null;
                updateDays: number | null;
                visible: boolean;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    /** 新建栏目（最多三级） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 考核类别：news 动态 / notice 通知公告 / policy 政策文件 / general 其他 */
            category?: 'news' | 'notice' | 'policy' | 'general';
            /** @description 栏目代码（网址中使用） */
            code: string;
            description?: string | null;
            /** @description 栏目类型：list 文章列表 / page 单页 / link 外部链接 / module 模块页面 */
            kind: 'list' | 'page' | 'link' | 'module';
            /** @description 栏目名称 */
            name: string;
            /**
             * Format: uuid
             * @description UUID
             */
            parentId?: string | null;
            /**
             * Format: uuid
             * @description UUID
             */
            responsibleUnitId: string;
            /** @description 审核步骤：1 审核 / 2 初审加复审 */
            reviewSteps?: number;
            /** @description 链接地址或模块标识 */
            target?: string | null;
            /** @description 更新要求：至少每 N 天更新一次 */
            updateDays?: number | null;
            visible?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 考核类别：news 动态 / notice 通知公告 / policy 政策文件 / general 其他 */
              category: 'news' | 'notice' | 'policy' | 'general';
              code: string;
              description: string | null;
              editable: boolean;
              /**
               * Format: uuid
               * @description UUID
               */
              id: string;
              /** @description 栏目类型：list 文章列表 / page 单页 / link 外部链接 / module 模块页面 */
              kind: 'list' | 'page' | 'link' | 'module';
              /** Format: date-time */
              lastPublishedAt: string | null;
              level: number;
              liveArticles: number;
              name: string;
              /**
               * Format: uuid
               * @description UUID
               */
              parentId: string | null;
              path: string;
              /**
               * Format: uuid
               * @description UUID
               */
              responsibleUnitId: string;
              responsibleUnitName: string;
              reviewSteps: number;
              sort: number;
              target: string | null;
              updateDays: number | null;
              visible: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal/columns/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 栏目详情 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 考核类别：news 动态 / notice 通知公告 / policy 政策文件 / general 其他 */
              category: 'news' | 'notice' | 'policy' | 'general';
              code: string;
              description: string | null;
              editable: boolean;
              /**
               * Format: uuid
               * @description UUID
               */
              id: string;
              /** @description 栏目类型：list 文章列表 / page 单页 / link 外部链接 / module 模块页面 */
              kind: 'list' | 'page' | 'link' | 'module';
              /** Format: date-time */
              lastPublishedAt: string | null;
              level: number;
              liveArticles: number;
              name: string;
              /**
               * Format: uuid
               * @description UUID
               */
              parentId: string | null;
              path: string;
              /**
               * Format: uuid
               * @description UUID
               */
              responsibleUnitId: string;
              responsibleUnitName: string;
              reviewSteps: number;
              sort: number;
              target: string | null;
              updateDays: number | null;
              visible: boolean;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** 删除栏目（无下级栏目且无稿件时） */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** 修改栏目 */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 考核类别：news 动态 / notice 通知公告 / policy 政策文件 / general 其他 */
            category?: 'news' | 'notice' | 'policy' | 'general';
            code?: string;
            description?: string | null;
            /** @description 栏目类型：list 文章列表 / page 单页 / link 外部链接 / module 模块页面 */
            kind?: 'list' | 'page' | 'link' | 'module';
            /** @description 栏目名称 */
            name?: string;
            /**
             * Format: uuid
             * @description UUID
             */
            responsibleUnitId?: string;
            /** @description 审核步骤：1 审核 / 2 初审加复审 */
            reviewSteps?: number;
            /** @description 链接地址或模块标识 */
            target?: string | null;
            /** @description 更新要求：至少每 N 天更新一次 */
            updateDays?: number | null;
            visible?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 考核类别：news 动态 / notice 通知公告 / policy 政策文件 / general 其他 */
              category: 'news' | 'notice' | 'policy' | 'general';
              code: string;
              description: string | null;
              editable: boolean;
              /**
               * Format: uuid
               * @description UUID
               */
              id: string;
              /** @description 栏目类型：list 文章列表 / page 单页 / link 外部链接 / module 模块页面 */
              kind: 'list' | 'page' | 'link' | 'module';
              /** Format: date-time */
              lastPublishedAt: string | null;
              level: number;
              liveArticles: number;
              name: string;
              /**
               * Format: uuid
               * @description UUID
               */
              parentId: string | null;
              path: string;
              /**
               * Format: uuid
               * @description UUID
               */
              responsibleUnitId: string;
              responsibleUnitName: string;
              reviewSteps: number;
              sort: number;
              target: string | null;
              updateDays: number | null;
              visible: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/portal/columns/{id}/move': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 移动栏目（拖动排序或改变上级） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 在新的同级栏目中的位置（从 0 起） */
            index: number;
            /**
             * Format: uuid
             * @description UUID
             */
            parentId: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @description 考核类别：news 动态 / notice 通知公告 / policy 政策文件 / general 其他 */
                category: 'news' | 'notice' | 'policy' | 'general';
                code: string;
                description: string | null;
                editable: boolean;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                id: string;
                /** @description 栏目类型：list 文章列表 / page 单页 / link 外部链接 / module 模块页面 */
                kind: 'list' | 'page' | 'link' | 'module';
                /** Format: date-time */
                lastPublishedAt: string | null;
                level: number;
                liveArticles: number;
                name: string;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                parentId: string | null;
                path: string;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                responsibleUnitId: string;
                responsibleUnitName: string;
                reviewSteps: number;
                sort: number;
                target: string | null;
                updateDays: number | null;
                visible: boolean;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 上传附件、题图或正文图片（multipart：file；kind=attachment|cover|image），按内容检查类型 */
    post: {
      parameters: {
        query?: {
          kind?: 'attachment' | 'cover' | 'image';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              contentType: string;
              /**
               * Format: uuid
               * @description UUID
               */
              fileId: string;
              fileName: string;
              size: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal/files/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 读取稿件的附件或题图（工作人员） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 附件或题图的文件 */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            '*/*': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal/import-docx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 导入 Word 文档（.docx，multipart：file）为正文：保留标题、列表、表格和图片，不保存稿件 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bodyHtml: string;
              images: number;
              notes: string[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal/public/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 站内搜索（公开）：中文分词、排序、高亮，按栏目与日期筛选，可在结果中搜索 */
    get: {
      parameters: {
        query: {
          /** @description 栏目代码（含下级栏目） */
          column?: string;
          /** @description 日期 YYYY-MM-DD */
          from?: string;
          page?: number;
          pageSize?: number;
          /** @description 搜索词 */
          q: string;
          /** @description 结果来源（article、openness…） */
          source?: string;
          /** @description 日期 YYYY-MM-DD */
          to?: string;
          /** @description 在结果中搜索 */
          within?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                columnName: string | null;
                day: string | null;
                /** @description 附件标题等命中时的片段 */
                extraHtml: string | null;
                /** @description 摘要，命中词以 <mark> 标出（已转义） */
                snippetHtml: string;
                source: string;
                sourceLabel: string;
                title: string;
                /** @description 标题，命中词以 <mark> 标出（已转义） */
                titleHtml: string;
                url: string;
              }[];
              page: number;
              pageSize: number;
              q: string;
              terms: string[];
              /** @description 命中条数，精确统计至 500 条 */
              total: number;
              /** @description 为 false 时表示命中超过 total 条（“500 条以上”） */
              totalExact: boolean;
              within: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal/sanitize': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 按保存时的白名单清洗正文（编辑器实时预览用） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            bodyHtml: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bodyHtml: string;
              bodyText: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/portal/search/reindex': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 重建某一来源的搜索索引（栏目管理员） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            source: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              documents: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/site': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 网站与部门名称（公开） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 网站名称 / 部门名称（设置 SITE_NAME） */
              name: string;
              /** @description 主办单位 */
              sponsor: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 角色列表 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @description 持有该角色的账号数 */
                accounts: number;
                adminKind: ('system' | 'security' | 'audit') | (never | null);
                builtin: boolean;
                code: string;
                dataScope: 'self' | 'unit' | 'subtree' | 'all';
                description: string;
                /**
                 * Format: uuid
                 * @description UUID
                 */
                id: string;
                name: string;
                permissions: string[];
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    /** 新建角色 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            dataScope: 'self' | 'unit' | 'subtree' | 'all';
            description?: string;
            name: string;
            permissions: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 持有该角色的账号数 */
              accounts: number;
              adminKind: ('system' | 'security' | 'audit') | (never | null);
              builtin: boolean;
              code: string;
              dataScope: 'self' | 'unit' | 'subtree' | 'all';
              description: string;
              /**
               * Format: uuid
               * @description UUID
               */
              id: string;
              name: string;
              permissions: string[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/roles/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** 删除角色 */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 无内容 */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** 修改角色 */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            dataScope?: 'self' | 'unit' | 'subtree' | 'all';
            description?: string;
            name?: string;
            permissions?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 持有该角色的账号数 */
              accounts: number;
              adminKind: ('system' | 'security' | 'audit') | (never | null);
              builtin: boolean;
              code: string;
              dataScope: 'self' | 'unit' | 'subtree' | 'all';
              description: string;
              /**
               * Format: uuid
               * @description UUID
               */
              id: string;
              name: string;
              permissions: string[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/services/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 办件队列 */
    get: {
      parameters: {
        query?: {
          channel?: 'online' | 'counter';
          countyCode?: string;
          dueWithin?: number;
          itemCode?: string;
          overdue?: boolean;
          page?: number;
          pageSize?: number;
          receiptCode?: string;
          stage?: 'acceptance' | 'completion' | 'review' | 'inspection' | 'notice' | 'issuing' | 'closed';
          status?:
            | 'submitted'
            | 'completion_requested'
            | 'accepted'
            | 'under_review'
            | 'inspection'
            | 'public_notice'
            | 'approved'
            | 'completed'
            | 'not_accepted'
            | 'refused'
            | 'withdrawn'
            | 'revoked';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: date-time */
                acceptedAt: string | null;
                applicantIdMask: string | null;
                applicantName: string;
                channel: 'online' | 'counter';
                /** Format: date-time */
                closedAt: string | null;
                countyCode: string | null;
                /** @description 剩余工作日（0 为今日到期，负数为超期） */
                daysLeft: number | null;
                /** Format: date-time */
                dueAt: string | null;
                /** @description 届满日为暂定的原因（所跨年度放假安排尚未公布），否则为 null */
                dueProvisional: string | null;
                id: string;
                itemCode: string;
                itemName: string;
                onTime: boolean | null;
                phoneMask: string | null;
                /** Format: date-time */
                promisedDueAt: string | null;
                receiptCode: string;
                stage:
                  | 'acceptance'
                  | 'completion'
                  | 'review'
                  | 'inspection'
                  | 'notice'
                  | 'issuing'
                  | 'closed';
                stageLabel: string;
                status:
                  | 'submitted'
                  | 'completion_requested'
                  | 'accepted'
                  | 'under_review'
                  | 'inspection'
                  | 'public_notice'
                  | 'approved'
                  | 'completed'
                  | 'not_accepted'
                  | 'refused'
                  | 'withdrawn'
                  | 'revoked';
                statusLabel: string;
                /** Format: date-time */
                submittedAt: string;
              }[];
              total: number;
              totalCapped: boolean;
              totalEstimated: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services/cases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 办件详情（时间线、材料、计时、文书） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 仍待受理但受理审查期限已届满（受理即按视为受理处理） */
              acceptanceOverdue: boolean;
              /** Format: date-time */
              acceptedAt: string | null;
              actions: (
                | 'accept'
                | 'notAccept'
                | 'requestCompletion'
                | 'supplementAtCounter'
                | 'startReview'
                | 'startInspection'
                | 'finishInspection'
                | 'startNotCounted'
                | 'finishNotCounted'
                | 'extend'
                | 'startNotice'
                | 'finishNotice'
                | 'decide'
                | 'issue'
                | 'assessFee'
                | 'recordPayment'
                | 'withdraw'
                | 'revoke'
              )[];
              applicant: {
                accountId: string | null;
                idMask: string | null;
                kind: 'citizen' | 'org';
                name: string;
                phoneMask: string | null;
              };
              certificate: {
                id: string | null;
                number: string;
                url: string | null;
              } | null;
              channel: 'online' | 'counter';
              classifyNote: string | null;
              clocks: {
                acceptance: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                certificate: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                promised: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                statutory: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
              };
              /** Format: date-time */
              closedAt: string | null;
              countyCode: string | null;
              /** Format: date-time */
              decidedAt: string | null;
              decision: ('approve' | 'refuse' | 'not_accept') | (never | null);
              /** @description 视为受理（行政许可法第三十二条）：受理审查期限届满未作决定 */
              deemedAccepted: boolean;
              documents: {
                id: string;
                /** Format: date-time */
                issuedAt: string;
                kind:
                  | 'not_accepted_notice'
                  | 'completion_notice'
                  | 'acceptance_notice'
                  | 'approval_decision'
                  | 'refusal_decision'
                  | 'not_counted_notice';
                number: string;
                /** @description 文书 PDF（书面告知可打印送达） */
                pdfUrl: string;
                title: string;
                url: string;
              }[];
              extensionDays: number;
              feesSettled: boolean;
              form: {
                materials: {
                  code: string;
                  formats: ('pdf' | 'jpg' | 'png')[];
                  name: string;
                  note?: string;
                  required: boolean;
                }[];
                sections: {
                  fields: {
                    help?: string;
                    label: string;
                    max?: number;
                    min?: number;
                    name: string;
                    options?: {
                      label: string;
                      value: string;
                    }[];
                    pattern?: string;
                    patternMessage?: string;
                    required?: boolean;
                    showIf?: {
                      field: string;
                      in: string[];
                    };
                    type:
                      | 'text'
                      | 'textarea'
                      | 'integer'
                      | 'number'
                      | 'date'
                      | 'select'
                      | 'radio'
                      | 'checkbox'
                      | 'county'
                      | 'idNumber'
                      | 'creditCode'
                      | 'phone';
                    unit?: string;
                  }[];
                  table?: {
                    columns: string[];
                    note?: string;
                  };
                  title: string;
                }[];
              };
              id: string;
              item: {
                code: string;
                fees: {
                  free: boolean;
                  lines: {
                    basis: string;
                    code: string;
                    name: string;
                    standard: string;
                  }[];
                  note?: string;
                };
                hasHandler: boolean;
                kind: 'on_the_spot' | 'promised';
                name: string;
                notCounted: {
                  basis: string;
                  confidence: string;
                  kind:
                    | 'hearing'
                    | 'tender'
                    | 'auction'
                    | 'inspection_test'
                    | 'testing'
                    | 'quarantine'
                    | 'appraisal'
                    | 'expert_review'
                    | 'site_check'
                    | 'public_notice';
                  name: string;
                }[];
                promisedWorkdays: number;
                statutoryWorkdays: number;
              };
              materials: {
                contentType: string | null;
                copies: number | null;
                fileName: string | null;
                id: string;
                note: string | null;
                /** Format: date-time */
                receivedAt: string;
                round: number;
                sizeBytes: number | null;
                source: 'online' | 'paper';
                specCode: string;
                specName: string;
                url: string | null;
              }[];
              maxExtensionDays: number;
              notCounted: {
                basis: string;
                documentNumber: string;
                /** @description 日期 YYYY-MM-DD */
                expectedEnd: string | null;
                kind:
                  | 'hearing'
                  | 'tender'
                  | 'auction'
                  | 'inspection_test'
                  | 'testing'
                  | 'quarantine'
                  | 'appraisal'
                  | 'expert_review'
                  | 'site_check'
                  | 'public_notice';
                name: string;
                reason: string;
                /** Format: date-time */
                startedAt: string;
              } | null;
              noticeDone: boolean;
              /** Format: date-time */
              noticeEndsAt: string | null;
              noticeNeeded: {
                days: number;
              } | null;
              onTime: boolean | null;
              payments: {
                amountYuan: number;
                basis: string;
                driver: string | null;
                feeCode: string;
                feeName: string;
                id: string;
                /** Format: date-time */
                paidAt: string | null;
                receiptNo: string | null;
                status: 'due' | 'paid' | 'waived';
              }[];
              promisedWorkdays: number;
              receiptCode: string;
              receiptUrl: string;
              stage: 'acceptance' | 'completion' | 'review' | 'inspection' | 'notice' | 'issuing' | 'closed';
              stageLabel: string;
              status:
                | 'submitted'
                | 'completion_requested'
                | 'accepted'
                | 'under_review'
                | 'inspection'
                | 'public_notice'
                | 'approved'
                | 'completed'
                | 'not_accepted'
                | 'refused'
                | 'withdrawn'
                | 'revoked';
              statusLabel: string;
              /** Format: date-time */
              submittedAt: string;
              timeline: {
                actorName: string | null;
                /** Format: date-time */
                at: string;
                internalNote: string | null;
                kind: string;
                publicNote: string | null;
                seq: number;
                title: string;
                visible: boolean;
              }[];
              usedWorkdays: number | null;
              values: {
                [key: string]: unknown;
              };
              valueTexts: {
                label: string;
                name: string;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services/cases/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 受理 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 仍待受理但受理审查期限已届满（受理即按视为受理处理） */
              acceptanceOverdue: boolean;
              /** Format: date-time */
              acceptedAt: string | null;
              actions: (
                | 'accept'
                | 'notAccept'
                | 'requestCompletion'
                | 'supplementAtCounter'
                | 'startReview'
                | 'startInspection'
                | 'finishInspection'
                | 'startNotCounted'
                | 'finishNotCounted'
                | 'extend'
                | 'startNotice'
                | 'finishNotice'
                | 'decide'
                | 'issue'
                | 'assessFee'
                | 'recordPayment'
                | 'withdraw'
                | 'revoke'
              )[];
              applicant: {
                accountId: string | null;
                idMask: string | null;
                kind: 'citizen' | 'org';
                name: string;
                phoneMask: string | null;
              };
              certificate: {
                id: string | null;
                number: string;
                url: string | null;
              } | null;
              channel: 'online' | 'counter';
              classifyNote: string | null;
              clocks: {
                acceptance: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                certificate: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                promised: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                statutory: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
              };
              /** Format: date-time */
              closedAt: string | null;
              countyCode: string | null;
              /** Format: date-time */
              decidedAt: string | null;
              decision: ('approve' | 'refuse' | 'not_accept') | (never | null);
              /** @description 视为受理（行政许可法第三十二条）：受理审查期限届满未作决定 */
              deemedAccepted: boolean;
              documents: {
                id: string;
                /** Format: date-time */
                issuedAt: string;
                kind:
                  | 'not_accepted_notice'
                  | 'completion_notice'
                  | 'acceptance_notice'
                  | 'approval_decision'
                  | 'refusal_decision'
                  | 'not_counted_notice';
                number: string;
                /** @description 文书 PDF（书面告知可打印送达） */
                pdfUrl: string;
                title: string;
                url: string;
              }[];
              extensionDays: number;
              feesSettled: boolean;
              form: {
                materials: {
                  code: string;
                  formats: ('pdf' | 'jpg' | 'png')[];
                  name: string;
                  note?: string;
                  required: boolean;
                }[];
                sections: {
                  fields: {
                    help?: string;
                    label: string;
                    max?: number;
                    min?: number;
                    name: string;
                    options?: {
                      label: string;
                      value: string;
                    }[];
                    pattern?: string;
                    patternMessage?: string;
                    required?: boolean;
                    showIf?: {
                      field: string;
                      in: string[];
                    };
                    type:
                      | 'text'
                      | 'textarea'
                      | 'integer'
                      | 'number'
                      | 'date'
                      | 'select'
                      | 'radio'
                      | 'checkbox'
                      | 'county'
                      | 'idNumber'
                      | 'creditCode'
                      | 'phone';
                    unit?: string;
                  }[];
                  table?: {
                    columns: string[];
                    note?: string;
                  };
                  title: string;
                }[];
              };
              id: string;
              item: {
                code: string;
                fees: {
                  free: boolean;
                  lines: {
                    basis: string;
                    code: string;
                    name: string;
                    standard: string;
                  }[];
                  note?: string;
                };
                hasHandler: boolean;
                kind: 'on_the_spot' | 'promised';
                name: string;
                notCounted: {
                  basis: string;
                  confidence: string;
                  kind:
                    | 'hearing'
                    | 'tender'
                    | 'auction'
                    | 'inspection_test'
                    | 'testing'
                    | 'quarantine'
                    | 'appraisal'
                    | 'expert_review'
                    | 'site_check'
                    | 'public_notice';
                  name: string;
                }[];
                promisedWorkdays: number;
                statutoryWorkdays: number;
              };
              materials: {
                contentType: string | null;
                copies: number | null;
                fileName: string | null;
                id: string;
                note: string | null;
                /** Format: date-time */
                receivedAt: string;
                round: number;
                sizeBytes: number | null;
                source: 'online' | 'paper';
                specCode: string;
                specName: string;
                url: string | null;
              }[];
              maxExtensionDays: number;
              notCounted: {
                basis: string;
                documentNumber: string;
                /** @description 日期 YYYY-MM-DD */
                expectedEnd: string | null;
                kind:
                  | 'hearing'
                  | 'tender'
                  | 'auction'
                  | 'inspection_test'
                  | 'testing'
                  | 'quarantine'
                  | 'appraisal'
                  | 'expert_review'
                  | 'site_check'
                  | 'public_notice';
                name: string;
                reason: string;
                /** Format: date-time */
                startedAt: string;
              } | null;
              noticeDone: boolean;
              /** Format: date-time */
              noticeEndsAt: string | null;
              noticeNeeded: {
                days: number;
              } | null;
              onTime: boolean | null;
              payments: {
                amountYuan: number;
                basis: string;
                driver: string | null;
                feeCode: string;
                feeName: string;
                id: string;
                /** Format: date-time */
                paidAt: string | null;
                receiptNo: string | null;
                status: 'due' | 'paid' | 'waived';
              }[];
              promisedWorkdays: number;
              receiptCode: string;
              receiptUrl: string;
              stage: 'acceptance' | 'completion' | 'review' | 'inspection' | 'notice' | 'issuing' | 'closed';
              stageLabel: string;
              status:
                | 'submitted'
                | 'completion_requested'
                | 'accepted'
                | 'under_review'
                | 'inspection'
                | 'public_notice'
                | 'approved'
                | 'completed'
                | 'not_accepted'
                | 'refused'
                | 'withdrawn'
                | 'revoked';
              statusLabel: string;
              /** Format: date-time */
              submittedAt: string;
              timeline: {
                actorName: string | null;
                /** Format: date-time */
                at: string;
                internalNote: string | null;
                kind: string;
                publicNote: string | null;
                seq: number;
                title: string;
                visible: boolean;
              }[];
              usedWorkdays: number | null;
              values: {
                [key: string]: unknown;
              };
              valueTexts: {
                label: string;
                name: string;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services/cases/{id}/certificate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 发证（或出具决定书） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 仍待受理但受理审查期限已届满（受理即按视为受理处理） */
              acceptanceOverdue: boolean;
              /** Format: date-time */
              acceptedAt: string | null;
              actions: (
                | 'accept'
                | 'notAccept'
                | 'requestCompletion'
                | 'supplementAtCounter'
                | 'startReview'
                | 'startInspection'
                | 'finishInspection'
                | 'startNotCounted'
                | 'finishNotCounted'
                | 'extend'
                | 'startNotice'
                | 'finishNotice'
                | 'decide'
                | 'issue'
                | 'assessFee'
                | 'recordPayment'
                | 'withdraw'
                | 'revoke'
              )[];
              applicant: {
                accountId: string | null;
                idMask: string | null;
                kind: 'citizen' | 'org';
                name: string;
                phoneMask: string | null;
              };
              certificate: {
                id: string | null;
                number: string;
                url: string | null;
              } | null;
              channel: 'online' | 'counter';
              classifyNote: string | null;
              clocks: {
                acceptance: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                certificate: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                promised: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                statutory: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
              };
              /** Format: date-time */
              closedAt: string | null;
              countyCode: string | null;
              /** Format: date-time */
              decidedAt: string | null;
              decision: ('approve' | 'refuse' | 'not_accept') | (never | null);
              /** @description 视为受理（行政许可法第三十二条）：受理审查期限届满未作决定 */
              deemedAccepted: boolean;
              documents: {
                id: string;
                /** Format: date-time */
                issuedAt: string;
                kind:
                  | 'not_accepted_notice'
                  | 'completion_notice'
                  | 'acceptance_notice'
                  | 'approval_decision'
                  | 'refusal_decision'
                  | 'not_counted_notice';
                number: string;
                /** @description 文书 PDF（书面告知可打印送达） */
                pdfUrl: string;
                title: string;
                url: string;
              }[];
              extensionDays: number;
              feesSettled: boolean;
              form: {
                materials: {
                  code: string;
                  formats: ('pdf' | 'jpg' | 'png')[];
                  name: string;
                  note?: string;
                  required: boolean;
                }[];
                sections: {
                  fields: {
                    help?: string;
                    label: string;
                    max?: number;
                    min?: number;
                    name: string;
                    options?: {
                      label: string;
                      value: string;
                    }[];
                    pattern?: string;
                    patternMessage?: string;
                    required?: boolean;
                    showIf?: {
                      field: string;
                      in: string[];
                    };
                    type:
                      | 'text'
                      | 'textarea'
                      | 'integer'
                      | 'number'
                      | 'date'
                      | 'select'
                      | 'radio'
                      | 'checkbox'
                      | 'county'
                      | 'idNumber'
                      | 'creditCode'
                      | 'phone';
                    unit?: string;
                  }[];
                  table?: {
                    columns: string[];
                    note?: string;
                  };
                  title: string;
                }[];
              };
              id: string;
              item: {
                code: string;
                fees: {
                  free: boolean;
                  lines: {
                    basis: string;
                    code: string;
                    name: string;
                    standard: string;
                  }[];
                  note?: string;
                };
                hasHandler: boolean;
                kind: 'on_the_spot' | 'promised';
                name: string;
                notCounted: {
                  basis: string;
                  confidence: string;
                  kind:
                    | 'hearing'
                    | 'tender'
                    | 'auction'
                    | 'inspection_test'
                    | 'testing'
                    | 'quarantine'
                    | 'appraisal'
                    | 'expert_review'
                    | 'site_check'
                    | 'public_notice';
                  name: string;
                }[];
                promisedWorkdays: number;
                statutoryWorkdays: number;
              };
              materials: {
                contentType: string | null;
                copies: number | null;
                fileName: string | null;
                id: string;
                note: string | null;
                /** Format: date-time */
                receivedAt: string;
                round: number;
                sizeBytes: number | null;
                source: 'online' | 'paper';
                specCode: string;
                specName: string;
                url: string | null;
              }[];
              maxExtensionDays: number;
              notCounted: {
                basis: string;
                documentNumber: string;
                /** @description 日期 YYYY-MM-DD */
                expectedEnd: string | null;
                kind:
                  | 'hearing'
                  | 'tender'
                  | 'auction'
                  | 'inspection_test'
                  | 'testing'
                  | 'quarantine'
                  | 'appraisal'
                  | 'expert_review'
                  | 'site_check'
                  | 'public_notice';
                name: string;
                reason: string;
                /** Format: date-time */
                startedAt: string;
              } | null;
              noticeDone: boolean;
              /** Format: date-time */
              noticeEndsAt: string | null;
              noticeNeeded: {
                days: number;
              } | null;
              onTime: boolean | null;
              payments: {
                amountYuan: number;
                basis: string;
                driver: string | null;
                feeCode: string;
                feeName: string;
                id: string;
                /** Format: date-time */
                paidAt: string | null;
                receiptNo: string | null;
                status: 'due' | 'paid' | 'waived';
              }[];
              promisedWorkdays: number;
              receiptCode: string;
              receiptUrl: string;
              stage: 'acceptance' | 'completion' | 'review' | 'inspection' | 'notice' | 'issuing' | 'closed';
              stageLabel: string;
              status:
                | 'submitted'
                | 'completion_requested'
                | 'accepted'
                | 'under_review'
                | 'inspection'
                | 'public_notice'
                | 'approved'
                | 'completed'
                | 'not_accepted'
                | 'refused'
                | 'withdrawn'
                | 'revoked';
              statusLabel: string;
              /** Format: date-time */
              submittedAt: string;
              timeline: {
                actorName: string | null;
                /** Format: date-time */
                at: string;
                internalNote: string | null;
                kind: string;
                publicNote: string | null;
                seq: number;
                title: string;
                visible: boolean;
              }[];
              usedWorkdays: number | null;
              values: {
                [key: string]: unknown;
              };
              valueTexts: {
                label: string;
                name: string;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services/cases/{id}/completion-request': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 一次性告知补正 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            items: string[];
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 仍待受理但受理审查期限已届满（受理即按视为受理处理） */
              acceptanceOverdue: boolean;
              /** Format: date-time */
              acceptedAt: string | null;
              actions: (
                | 'accept'
                | 'notAccept'
                | 'requestCompletion'
                | 'supplementAtCounter'
                | 'startReview'
                | 'startInspection'
                | 'finishInspection'
                | 'startNotCounted'
                | 'finishNotCounted'
                | 'extend'
                | 'startNotice'
                | 'finishNotice'
                | 'decide'
                | 'issue'
                | 'assessFee'
                | 'recordPayment'
                | 'withdraw'
                | 'revoke'
              )[];
              applicant: {
                accountId: string | null;
                idMask: string | null;
                kind: 'citizen' | 'org';
                name: string;
                phoneMask: string | null;
              };
              certificate: {
                id: string | null;
                number: string;
                url: string | null;
              } | null;
              channel: 'online' | 'counter';
              classifyNote: string | null;
              clocks: {
                acceptance: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                certificate: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                promised: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                statutory: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
              };
              /** Format: date-time */
              closedAt: string | null;
              countyCode: string | null;
              /** Format: date-time */
              decidedAt: string | null;
              decision: ('approve' | 'refuse' | 'not_accept') | (never | null);
              /** @description 视为受理（行政许可法第三十二条）：受理审查期限届满未作决定 */
              deemedAccepted: boolean;
              documents: {
                id: string;
                /** Format: date-time */
                issuedAt: string;
                kind:
                  | 'not_accepted_notice'
                  | 'completion_notice'
                  | 'acceptance_notice'
                  | 'approval_decision'
                  | 'refusal_decision'
                  | 'not_counted_notice';
                number: string;
                /** @description 文书 PDF（书面告知可打印送达） */
                pdfUrl: string;
                title: string;
                url: string;
              }[];
              extensionDays: number;
              feesSettled: boolean;
              form: {
                materials: {
                  code: string;
                  formats: ('pdf' | 'jpg' | 'png')[];
                  name: string;
                  note?: string;
                  required: boolean;
                }[];
                sections: {
                  fields: {
                    help?: string;
                    label: string;
                    max?: number;
                    min?: number;
                    name: string;
                    options?: {
                      label: string;
                      value: string;
                    }[];
                    pattern?: string;
                    patternMessage?: string;
                    required?: boolean;
                    showIf?: {
                      field: string;
                      in: string[];
                    };
                    type:
                      | 'text'
                      | 'textarea'
                      | 'integer'
                      | 'number'
                      | 'date'
                      | 'select'
                      | 'radio'
                      | 'checkbox'
                      | 'county'
                      | 'idNumber'
                      | 'creditCode'
                      | 'phone';
                    unit?: string;
                  }[];
                  table?: {
                    columns: string[];
                    note?: string;
                  };
                  title: string;
                }[];
              };
              id: string;
              item: {
                code: string;
                fees: {
                  free: boolean;
                  lines: {
                    basis: string;
                    code: string;
                    name: string;
                    standard: string;
                  }[];
                  note?: string;
                };
                hasHandler: boolean;
                kind: 'on_the_spot' | 'promised';
                name: string;
                notCounted: {
                  basis: string;
                  confidence: string;
                  kind:
                    | 'hearing'
                    | 'tender'
                    | 'auction'
                    | 'inspection_test'
                    | 'testing'
                    | 'quarantine'
                    | 'appraisal'
                    | 'expert_review'
                    | 'site_check'
                    | 'public_notice';
                  name: string;
                }[];
                promisedWorkdays: number;
                statutoryWorkdays: number;
              };
              materials: {
                contentType: string | null;
                copies: number | null;
                fileName: string | null;
                id: string;
                note: string | null;
                /** Format: date-time */
                receivedAt: string;
                round: number;
                sizeBytes: number | null;
                source: 'online' | 'paper';
                specCode: string;
                specName: string;
                url: string | null;
              }[];
              maxExtensionDays: number;
              notCounted: {
                basis: string;
                documentNumber: string;
                /** @description 日期 YYYY-MM-DD */
                expectedEnd: string | null;
                kind:
                  | 'hearing'
                  | 'tender'
                  | 'auction'
                  | 'inspection_test'
                  | 'testing'
                  | 'quarantine'
                  | 'appraisal'
                  | 'expert_review'
                  | 'site_check'
                  | 'public_notice';
                name: string;
                reason: string;
                /** Format: date-time */
                startedAt: string;
              } | null;
              noticeDone: boolean;
              /** Format: date-time */
              noticeEndsAt: string | null;
              noticeNeeded: {
                days: number;
              } | null;
              onTime: boolean | null;
              payments: {
                amountYuan: number;
                basis: string;
                driver: string | null;
                feeCode: string;
                feeName: string;
                id: string;
                /** Format: date-time */
                paidAt: string | null;
                receiptNo: string | null;
                status: 'due' | 'paid' | 'waived';
              }[];
              promisedWorkdays: number;
              receiptCode: string;
              receiptUrl: string;
              stage: 'acceptance' | 'completion' | 'review' | 'inspection' | 'notice' | 'issuing' | 'closed';
              stageLabel: string;
              status:
                | 'submitted'
                | 'completion_requested'
                | 'accepted'
                | 'under_review'
                | 'inspection'
                | 'public_notice'
                | 'approved'
                | 'completed'
                | 'not_accepted'
                | 'refused'
                | 'withdrawn'
                | 'revoked';
              statusLabel: string;
              /** Format: date-time */
              submittedAt: string;
              timeline: {
                actorName: string | null;
                /** Format: date-time */
                at: string;
                internalNote: string | null;
                kind: string;
                publicNote: string | null;
                seq: number;
                title: string;
                visible: boolean;
              }[];
              usedWorkdays: number | null;
              values: {
                [key: string]: unknown;
              };
              valueTexts: {
                label: string;
                name: string;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services/cases/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 作出许可决定 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            decision: 'approve' | 'refuse';
            issueNow?: boolean;
            opinion: string;
            reasons?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 仍待受理但受理审查期限已届满（受理即按视为受理处理） */
              acceptanceOverdue: boolean;
              /** Format: date-time */
              acceptedAt: string | null;
              actions: (
                | 'accept'
                | 'notAccept'
                | 'requestCompletion'
                | 'supplementAtCounter'
                | 'startReview'
                | 'startInspection'
                | 'finishInspection'
                | 'startNotCounted'
                | 'finishNotCounted'
                | 'extend'
                | 'startNotice'
                | 'finishNotice'
                | 'decide'
                | 'issue'
                | 'assessFee'
                | 'recordPayment'
                | 'withdraw'
                | 'revoke'
              )[];
              applicant: {
                accountId: string | null;
                idMask: string | null;
                kind: 'citizen' | 'org';
                name: string;
                phoneMask: string | null;
              };
              certificate: {
                id: string | null;
                number: string;
                url: string | null;
              } | null;
              channel: 'online' | 'counter';
              classifyNote: string | null;
              clocks: {
                acceptance: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                certificate: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                promised: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                statutory: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
              };
              /** Format: date-time */
              closedAt: string | null;
              countyCode: string | null;
              /** Format: date-time */
              decidedAt: string | null;
              decision: ('approve' | 'refuse' | 'not_accept') | (never | null);
              /** @description 视为受理（行政许可法第三十二条）：受理审查期限届满未作决定 */
              deemedAccepted: boolean;
              documents: {
                id: string;
                /** Format: date-time */
                issuedAt: string;
                kind:
                  | 'not_accepted_notice'
                  | 'completion_notice'
                  | 'acceptance_notice'
                  | 'approval_decision'
                  | 'refusal_decision'
                  | 'not_counted_notice';
                number: string;
                /** @description 文书 PDF（书面告知可打印送达） */
                pdfUrl: string;
                title: string;
                url: string;
              }[];
              extensionDays: number;
              feesSettled: boolean;
              form: {
                materials: {
                  code: string;
                  formats: ('pdf' | 'jpg' | 'png')[];
                  name: string;
                  note?: string;
                  required: boolean;
                }[];
                sections: {
                  fields: {
                    help?: string;
                    label: string;
                    max?: number;
                    min?: number;
                    name: string;
                    options?: {
                      label: string;
                      value: string;
                    }[];
                    pattern?: string;
                    patternMessage?: string;
                    required?: boolean;
                    showIf?: {
                      field: string;
                      in: string[];
                    };
                    type:
                      | 'text'
                      | 'textarea'
                      | 'integer'
                      | 'number'
                      | 'date'
                      | 'select'
                      | 'radio'
                      | 'checkbox'
                      | 'county'
                      | 'idNumber'
                      | 'creditCode'
                      | 'phone';
                    unit?: string;
                  }[];
                  table?: {
                    columns: string[];
                    note?: string;
                  };
                  title: string;
                }[];
              };
              id: string;
              item: {
                code: string;
                fees: {
                  free: boolean;
                  lines: {
                    basis: string;
                    code: string;
                    name: string;
                    standard: string;
                  }[];
                  note?: string;
                };
                hasHandler: boolean;
                kind: 'on_the_spot' | 'promised';
                name: string;
                notCounted: {
                  basis: string;
                  confidence: string;
                  kind:
                    | 'hearing'
                    | 'tender'
                    | 'auction'
                    | 'inspection_test'
                    | 'testing'
                    | 'quarantine'
                    | 'appraisal'
                    | 'expert_review'
                    | 'site_check'
                    | 'public_notice';
                  name: string;
                }[];
                promisedWorkdays: number;
                statutoryWorkdays: number;
              };
              materials: {
                contentType: string | null;
                copies: number | null;
                fileName: string | null;
                id: string;
                note: string | null;
                /** Format: date-time */
                receivedAt: string;
                round: number;
                sizeBytes: number | null;
                source: 'online' | 'paper';
                specCode: string;
                specName: string;
                url: string | null;
              }[];
              maxExtensionDays: number;
              notCounted: {
                basis: string;
                documentNumber: string;
                /** @description 日期 YYYY-MM-DD */
                expectedEnd: string | null;
                kind:
                  | 'hearing'
                  | 'tender'
                  | 'auction'
                  | 'inspection_test'
                  | 'testing'
                  | 'quarantine'
                  | 'appraisal'
                  | 'expert_review'
                  | 'site_check'
                  | 'public_notice';
                name: string;
                reason: string;
                /** Format: date-time */
                startedAt: string;
              } | null;
              noticeDone: boolean;
              /** Format: date-time */
              noticeEndsAt: string | null;
              noticeNeeded: {
                days: number;
              } | null;
              onTime: boolean | null;
              payments: {
                amountYuan: number;
                basis: string;
                driver: string | null;
                feeCode: string;
                feeName: string;
                id: string;
                /** Format: date-time */
                paidAt: string | null;
                receiptNo: string | null;
                status: 'due' | 'paid' | 'waived';
              }[];
              promisedWorkdays: number;
              receiptCode: string;
              receiptUrl: string;
              stage: 'acceptance' | 'completion' | 'review' | 'inspection' | 'notice' | 'issuing' | 'closed';
              stageLabel: string;
              status:
                | 'submitted'
                | 'completion_requested'
                | 'accepted'
                | 'under_review'
                | 'inspection'
                | 'public_notice'
                | 'approved'
                | 'completed'
                | 'not_accepted'
                | 'refused'
                | 'withdrawn'
                | 'revoked';
              statusLabel: string;
              /** Format: date-time */
              submittedAt: string;
              timeline: {
                actorName: string | null;
                /** Format: date-time */
                at: string;
                internalNote: string | null;
                kind: string;
                publicNote: string | null;
                seq: number;
                title: string;
                visible: boolean;
              }[];
              usedWorkdays: number | null;
              values: {
                [key: string]: unknown;
              };
              valueTexts: {
                label: string;
                name: string;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services/cases/{id}/extension': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 批准延长办理期限 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            days: number;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 仍待受理但受理审查期限已届满（受理即按视为受理处理） */
              acceptanceOverdue: boolean;
              /** Format: date-time */
              acceptedAt: string | null;
              actions: (
                | 'accept'
                | 'notAccept'
                | 'requestCompletion'
                | 'supplementAtCounter'
                | 'startReview'
                | 'startInspection'
                | 'finishInspection'
                | 'startNotCounted'
                | 'finishNotCounted'
                | 'extend'
                | 'startNotice'
                | 'finishNotice'
                | 'decide'
                | 'issue'
                | 'assessFee'
                | 'recordPayment'
                | 'withdraw'
                | 'revoke'
              )[];
              applicant: {
                accountId: string | null;
                idMask: string | null;
                kind: 'citizen' | 'org';
                name: string;
                phoneMask: string | null;
              };
              certificate: {
                id: string | null;
                number: string;
                url: string | null;
              } | null;
              channel: 'online' | 'counter';
              classifyNote: string | null;
              clocks: {
                acceptance: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                certificate: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                promised: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                statutory: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
              };
              /** Format: date-time */
              closedAt: string | null;
              countyCode: string | null;
              /** Format: date-time */
              decidedAt: string | null;
              decision: ('approve' | 'refuse' | 'not_accept') | (never | null);
              /** @description 视为受理（行政许可法第三十二条）：受理审查期限届满未作决定 */
              deemedAccepted: boolean;
              documents: {
                id: string;
                /** Format: date-time */
                issuedAt: string;
                kind:
                  | 'not_accepted_notice'
                  | 'completion_notice'
                  | 'acceptance_notice'
                  | 'approval_decision'
                  | 'refusal_decision'
                  | 'not_counted_notice';
                number: string;
                /** @description 文书 PDF（书面告知可打印送达） */
                pdfUrl: string;
                title: string;
                url: string;
              }[];
              extensionDays: number;
              feesSettled: boolean;
              form: {
                materials: {
                  code: string;
                  formats: ('pdf' | 'jpg' | 'png')[];
                  name: string;
                  note?: string;
                  required: boolean;
                }[];
                sections: {
                  fields: {
                    help?: string;
                    label: string;
                    max?: number;
                    min?: number;
                    name: string;
                    options?: {
                      label: string;
                      value: string;
                    }[];
                    pattern?: string;
                    patternMessage?: string;
                    required?: boolean;
                    showIf?: {
                      field: string;
                      in: string[];
                    };
                    type:
                      | 'text'
                      | 'textarea'
                      | 'integer'
                      | 'number'
                      | 'date'
                      | 'select'
                      | 'radio'
                      | 'checkbox'
                      | 'county'
                      | 'idNumber'
                      | 'creditCode'
                      | 'phone';
                    unit?: string;
                  }[];
                  table?: {
                    columns: string[];
                    note?: string;
                  };
                  title: string;
                }[];
              };
              id: string;
              item: {
                code: string;
                fees: {
                  free: boolean;
                  lines: {
                    basis: string;
                    code: string;
                    name: string;
                    standard: string;
                  }[];
                  note?: string;
                };
                hasHandler: boolean;
                kind: 'on_the_spot' | 'promised';
                name: string;
                notCounted: {
                  basis: string;
                  confidence: string;
                  kind:
                    | 'hearing'
                    | 'tender'
                    | 'auction'
                    | 'inspection_test'
                    | 'testing'
                    | 'quarantine'
                    | 'appraisal'
                    | 'expert_review'
                    | 'site_check'
                    | 'public_notice';
                  name: string;
                }[];
                promisedWorkdays: number;
                statutoryWorkdays: number;
              };
              materials: {
                contentType: string | null;
                copies: number | null;
                fileName: string | null;
                id: string;
                note: string | null;
                /** Format: date-time */
                receivedAt: string;
                round: number;
                sizeBytes: number | null;
                source: 'online' | 'paper';
                specCode: string;
                specName: string;
                url: string | null;
              }[];
              maxExtensionDays: number;
              notCounted: {
                basis: string;
                documentNumber: string;
                /** @description 日期 YYYY-MM-DD */
                expectedEnd: string | null;
                kind:
                  | 'hearing'
                  | 'tender'
                  | 'auction'
                  | 'inspection_test'
                  | 'testing'
                  | 'quarantine'
                  | 'appraisal'
                  | 'expert_review'
                  | 'site_check'
                  | 'public_notice';
                name: string;
                reason: string;
                /** Format: date-time */
                startedAt: string;
              } | null;
              noticeDone: boolean;
              /** Format: date-time */
              noticeEndsAt: string | null;
              noticeNeeded: {
                days: number;
              } | null;
              onTime: boolean | null;
              payments: {
                amountYuan: number;
                basis: string;
                driver: string | null;
                feeCode: string;
                feeName: string;
                id: string;
                /** Format: date-time */
                paidAt: string | null;
                receiptNo: string | null;
                status: 'due' | 'paid' | 'waived';
              }[];
              promisedWorkdays: number;
              receiptCode: string;
              receiptUrl: string;
              stage: 'acceptance' | 'completion' | 'review' | 'inspection' | 'notice' | 'issuing' | 'closed';
              stageLabel: string;
              status:
                | 'submitted'
                | 'completion_requested'
                | 'accepted'
                | 'under_review'
                | 'inspection'
                | 'public_notice'
                | 'approved'
                | 'completed'
                | 'not_accepted'
                | 'refused'
                | 'withdrawn'
                | 'revoked';
              statusLabel: string;
              /** Format: date-time */
              submittedAt: string;
              timeline: {
                actorName: string | null;
                /** Format: date-time */
                at: string;
                internalNote: string | null;
                kind: string;
                publicNote: string | null;
                seq: number;
                title: string;
                visible: boolean;
              }[];
              usedWorkdays: number | null;
              values: {
                [key: string]: unknown;
              };
              valueTexts: {
                label: string;
                name: string;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services/cases/{id}/fees': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 核定收费 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            amountYuan: number;
            basis?: string;
            feeCode: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 仍待受理但受理审查期限已届满（受理即按视为受理处理） */
              acceptanceOverdue: boolean;
              /** Format: date-time */
              acceptedAt: string | null;
              actions: (
                | 'accept'
                | 'notAccept'
                | 'requestCompletion'
                | 'supplementAtCounter'
                | 'startReview'
                | 'startInspection'
                | 'finishInspection'
                | 'startNotCounted'
                | 'finishNotCounted'
                | 'extend'
                | 'startNotice'
                | 'finishNotice'
                | 'decide'
                | 'issue'
                | 'assessFee'
                | 'recordPayment'
                | 'withdraw'
                | 'revoke'
              )[];
              applicant: {
                accountId: string | null;
                idMask: string | null;
                kind: 'citizen' | 'org';
                name: string;
                phoneMask: string | null;
              };
              certificate: {
                id: string | null;
                number: string;
                url: string | null;
              } | null;
              channel: 'online' | 'counter';
              classifyNote: string | null;
              clocks: {
                acceptance: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                certificate: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                promised: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                statutory: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
              };
              /** Format: date-time */
              closedAt: string | null;
              countyCode: string | null;
              /** Format: date-time */
              decidedAt: string | null;
              decision: ('approve' | 'refuse' | 'not_accept') | (never | null);
              /** @description 视为受理（行政许可法第三十二条）：受理审查期限届满未作决定 */
              deemedAccepted: boolean;
              documents: {
                id: string;
                /** Format: date-time */
                issuedAt: string;
                kind:
                  | 'not_accepted_notice'
                  | 'completion_notice'
                  | 'acceptance_notice'
                  | 'approval_decision'
                  | 'refusal_decision'
                  | 'not_counted_notice';
                number: string;
                /** @description 文书 PDF（书面告知可打印送达） */
                pdfUrl: string;
                title: string;
                url: string;
              }[];
              extensionDays: number;
              feesSettled: boolean;
              form: {
                materials: {
                  code: string;
                  formats: ('pdf' | 'jpg' | 'png')[];
                  name: string;
                  note?: string;
                  required: boolean;
                }[];
                sections: {
                  fields: {
                    help?: string;
                    label: string;
                    max?: number;
                    min?: number;
                    name: string;
                    options?: {
                      label: string;
                      value: string;
                    }[];
                    pattern?: string;
                    patternMessage?: string;
                    required?: boolean;
                    showIf?: {
                      field: string;
                      in: string[];
                    };
                    type:
                      | 'text'
                      | 'textarea'
                      | 'integer'
                      | 'number'
                      | 'date'
                      | 'select'
                      | 'radio'
                      | 'checkbox'
                      | 'county'
                      | 'idNumber'
                      | 'creditCode'
                      | 'phone';
                    unit?: string;
                  }[];
                  table?: {
                    columns: string[];
                    note?: string;
                  };
                  title: string;
                }[];
              };
              id: string;
              item: {
                code: string;
                fees: {
                  free: boolean;
                  lines: {
                    basis: string;
                    code: string;
                    name: string;
                    standard: string;
                  }[];
                  note?: string;
                };
                hasHandler: boolean;
                kind: 'on_the_spot' | 'promised';
                name: string;
                notCounted: {
                  basis: string;
                  confidence: string;
                  kind:
                    | 'hearing'
                    | 'tender'
                    | 'auction'
                    | 'inspection_test'
                    | 'testing'
                    | 'quarantine'
                    | 'appraisal'
                    | 'expert_review'
                    | 'site_check'
                    | 'public_notice';
                  name: string;
                }[];
                promisedWorkdays: number;
                statutoryWorkdays: number;
              };
              materials: {
                contentType: string | null;
                copies: number | null;
                fileName: string | null;
                id: string;
                note: string | null;
                /** Format: date-time */
                receivedAt: string;
                round: number;
                sizeBytes: number | null;
                source: 'online' | 'paper';
                specCode: string;
                specName: string;
                url: string | null;
              }[];
              maxExtensionDays: number;
              notCounted: {
                basis: string;
                documentNumber: string;
                /** @description 日期 YYYY-MM-DD */
                expectedEnd: string | null;
                kind:
                  | 'hearing'
                  | 'tender'
                  | 'auction'
                  | 'inspection_test'
                  | 'testing'
                  | 'quarantine'
                  | 'appraisal'
                  | 'expert_review'
                  | 'site_check'
                  | 'public_notice';
                name: string;
                reason: string;
                /** Format: date-time */
                startedAt: string;
              } | null;
              noticeDone: boolean;
              /** Format: date-time */
              noticeEndsAt: string | null;
              noticeNeeded: {
                days: number;
              } | null;
              onTime: boolean | null;
              payments: {
                amountYuan: number;
                basis: string;
                driver: string | null;
                feeCode: string;
                feeName: string;
                id: string;
                /** Format: date-time */
                paidAt: string | null;
                receiptNo: string | null;
                status: 'due' | 'paid' | 'waived';
              }[];
              promisedWorkdays: number;
              receiptCode: string;
              receiptUrl: string;
              stage: 'acceptance' | 'completion' | 'review' | 'inspection' | 'notice' | 'issuing' | 'closed';
              stageLabel: string;
              status:
                | 'submitted'
                | 'completion_requested'
                | 'accepted'
                | 'under_review'
                | 'inspection'
                | 'public_notice'
                | 'approved'
                | 'completed'
                | 'not_accepted'
                | 'refused'
                | 'withdrawn'
                | 'revoked';
              statusLabel: string;
              /** Format: date-time */
              submittedAt: string;
              timeline: {
                actorName: string | null;
                /** Format: date-time */
                at: string;
                internalNote: string | null;
                kind: string;
                publicNote: string | null;
                seq: number;
                title: string;
                visible: boolean;
              }[];
              usedWorkdays: number | null;
              values: {
                [key: string]: unknown;
              };
              valueTexts: {
                label: string;
                name: string;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services/cases/{id}/inspection': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 开始现场核查（计时暂停） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            inspectors: string;
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 仍待受理但受理审查期限已届满（受理即按视为受理处理） */
              acceptanceOverdue: boolean;
              /** Format: date-time */
              acceptedAt: string | null;
              actions: (
                | 'accept'
                | 'notAccept'
                | 'requestCompletion'
                | 'supplementAtCounter'
                | 'startReview'
                | 'startInspection'
                | 'finishInspection'
                | 'startNotCounted'
                | 'finishNotCounted'
                | 'extend'
                | 'startNotice'
                | 'finishNotice'
                | 'decide'
                | 'issue'
                | 'assessFee'
                | 'recordPayment'
                | 'withdraw'
                | 'revoke'
              )[];
              applicant: {
                accountId: string | null;
                idMask: string | null;
                kind: 'citizen' | 'org';
                name: string;
                phoneMask: string | null;
              };
              certificate: {
                id: string | null;
                number: string;
                url: string | null;
              } | null;
              channel: 'online' | 'counter';
              classifyNote: string | null;
              clocks: {
                acceptance: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                certificate: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                promised: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                statutory: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
              };
              /** Format: date-time */
              closedAt: string | null;
              countyCode: string | null;
              /** Format: date-time */
              decidedAt: string | null;
              decision: ('approve' | 'refuse' | 'not_accept') | (never | null);
              /** @description 视为受理（行政许可法第三十二条）：受理审查期限届满未作决定 */
              deemedAccepted: boolean;
              documents: {
                id: string;
                /** Format: date-time */
                issuedAt: string;
                kind:
                  | 'not_accepted_notice'
                  | 'completion_notice'
                  | 'acceptance_notice'
                  | 'approval_decision'
                  | 'refusal_decision'
                  | 'not_counted_notice';
                number: string;
                /** @description 文书 PDF（书面告知可打印送达） */
                pdfUrl: string;
                title: string;
                url: string;
              }[];
              extensionDays: number;
              feesSettled: boolean;
              form: {
                materials: {
                  code: string;
                  formats: ('pdf' | 'jpg' | 'png')[];
                  name: string;
                  note?: string;
                  required: boolean;
                }[];
                sections: {
                  fields: {
                    help?: string;
                    label: string;
                    max?: number;
                    min?: number;
                    name: string;
                    options?: {
                      label: string;
                      value: string;
                    }[];
                    pattern?: string;
                    patternMessage?: string;
                    required?: boolean;
                    showIf?: {
                      field: string;
                      in: string[];
                    };
                    type:
                      | 'text'
                      | 'textarea'
                      | 'integer'
                      | 'number'
                      | 'date'
                      | 'select'
                      | 'radio'
                      | 'checkbox'
                      | 'county'
                      | 'idNumber'
                      | 'creditCode'
                      | 'phone';
                    unit?: string;
                  }[];
                  table?: {
                    columns: string[];
                    note?: string;
                  };
                  title: string;
                }[];
              };
              id: string;
              item: {
                code: string;
                fees: {
                  free: boolean;
                  lines: {
                    basis: string;
                    code: string;
                    name: string;
                    standard: string;
                  }[];
                  note?: string;
                };
                hasHandler: boolean;
                kind: 'on_the_spot' | 'promised';
                name: string;
                notCounted: {
                  basis: string;
                  confidence: string;
                  kind:
                    | 'hearing'
                    | 'tender'
                    | 'auction'
                    | 'inspection_test'
                    | 'testing'
                    | 'quarantine'
                    | 'appraisal'
                    | 'expert_review'
                    | 'site_check'
                    | 'public_notice';
                  name: string;
                }[];
                promisedWorkdays: number;
                statutoryWorkdays: number;
              };
              materials: {
                contentType: string | null;
                copies: number | null;
                fileName: string | null;
                id: string;
                note: string | null;
                /** Format: date-time */
                receivedAt: string;
                round: number;
                sizeBytes: number | null;
                source: 'online' | 'paper';
                specCode: string;
                specName: string;
                url: string | null;
              }[];
              maxExtensionDays: number;
              notCounted: {
                basis: string;
                documentNumber: string;
                /** @description 日期 YYYY-MM-DD */
                expectedEnd: string | null;
                kind:
                  | 'hearing'
                  | 'tender'
                  | 'auction'
                  | 'inspection_test'
                  | 'testing'
                  | 'quarantine'
                  | 'appraisal'
                  | 'expert_review'
                  | 'site_check'
                  | 'public_notice';
                name: string;
                reason: string;
                /** Format: date-time */
                startedAt: string;
              } | null;
              noticeDone: boolean;
              /** Format: date-time */
              noticeEndsAt: string | null;
              noticeNeeded: {
                days: number;
              } | null;
              onTime: boolean | null;
              payments: {
                amountYuan: number;
                basis: string;
                driver: string | null;
                feeCode: string;
                feeName: string;
                id: string;
                /** Format: date-time */
                paidAt: string | null;
                receiptNo: string | null;
                status: 'due' | 'paid' | 'waived';
              }[];
              promisedWorkdays: number;
              receiptCode: string;
              receiptUrl: string;
              stage: 'acceptance' | 'completion' | 'review' | 'inspection' | 'notice' | 'issuing' | 'closed';
              stageLabel: string;
              status:
                | 'submitted'
                | 'completion_requested'
                | 'accepted'
                | 'under_review'
                | 'inspection'
                | 'public_notice'
                | 'approved'
                | 'completed'
                | 'not_accepted'
                | 'refused'
                | 'withdrawn'
                | 'revoked';
              statusLabel: string;
              /** Format: date-time */
              submittedAt: string;
              timeline: {
                actorName: string | null;
                /** Format: date-time */
                at: string;
                internalNote: string | null;
                kind: string;
                publicNote: string | null;
                seq: number;
                title: string;
                visible: boolean;
              }[];
              usedWorkdays: number | null;
              values: {
                [key: string]: unknown;
              };
              valueTexts: {
                label: string;
                name: string;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services/cases/{id}/inspection/finish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 结束现场核查（计时恢复） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date-time */
            at?: string;
            findings: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 仍待受理但受理审查期限已届满（受理即按视为受理处理） */
              acceptanceOverdue: boolean;
              /** Format: date-time */
              acceptedAt: string | null;
              actions: (
                | 'accept'
                | 'notAccept'
                | 'requestCompletion'
                | 'supplementAtCounter'
                | 'startReview'
                | 'startInspection'
                | 'finishInspection'
                | 'startNotCounted'
                | 'finishNotCounted'
                | 'extend'
                | 'startNotice'
                | 'finishNotice'
                | 'decide'
                | 'issue'
                | 'assessFee'
                | 'recordPayment'
                | 'withdraw'
                | 'revoke'
              )[];
              applicant: {
                accountId: string | null;
                idMask: string | null;
                kind: 'citizen' | 'org';
                name: string;
                phoneMask: string | null;
              };
              certificate: {
                id: string | null;
                number: string;
                url: string | null;
              } | null;
              channel: 'online' | 'counter';
              classifyNote: string | null;
              clocks: {
                acceptance: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                certificate: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                promised: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                statutory: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
              };
              /** Format: date-time */
              closedAt: string | null;
              countyCode: string | null;
              /** Format: date-time */
              decidedAt: string | null;
              decision: ('approve' | 'refuse' | 'not_accept') | (never | null);
              /** @description 视为受理（行政许可法第三十二条）：受理审查期限届满未作决定 */
              deemedAccepted: boolean;
              documents: {
                id: string;
                /** Format: date-time */
                issuedAt: string;
                kind:
                  | 'not_accepted_notice'
                  | 'completion_notice'
                  | 'acceptance_notice'
                  | 'approval_decision'
                  | 'refusal_decision'
                  | 'not_counted_notice';
                number: string;
                /** @description 文书 PDF（书面告知可打印送达） */
                pdfUrl: string;
                title: string;
                url: string;
              }[];
              extensionDays: number;
              feesSettled: boolean;
              form: {
                materials: {
                  code: string;
                  formats: ('pdf' | 'jpg' | 'png')[];
                  name: string;
                  note?: string;
                  required: boolean;
                }[];
                sections: {
                  fields: {
                    help?: string;
                    label: string;
                    max?: number;
                    min?: number;
                    name: string;
                    options?: {
                      label: string;
                      value: string;
                    }[];
                    pattern?: string;
                    patternMessage?: string;
                    required?: boolean;
                    showIf?: {
                      field: string;
                      in: string[];
                    };
                    type:
                      | 'text'
                      | 'textarea'
                      | 'integer'
                      | 'number'
                      | 'date'
                      | 'select'
                      | 'radio'
                      | 'checkbox'
                      | 'county'
                      | 'idNumber'
                      | 'creditCode'
                      | 'phone';
                    unit?: string;
                  }[];
                  table?: {
                    columns: string[];
                    note?: string;
                  };
                  title: string;
                }[];
              };
              id: string;
              item: {
                code: string;
                fees: {
                  free: boolean;
                  lines: {
                    basis: string;
                    code: string;
                    name: string;
                    standard: string;
                  }[];
                  note?: string;
                };
                hasHandler: boolean;
                kind: 'on_the_spot' | 'promised';
                name: string;
                notCounted: {
                  basis: string;
                  confidence: string;
                  kind:
                    | 'hearing'
                    | 'tender'
                    | 'auction'
                    | 'inspection_test'
                    | 'testing'
                    | 'quarantine'
                    | 'appraisal'
                    | 'expert_review'
                    | 'site_check'
                    | 'public_notice';
                  name: string;
                }[];
                promisedWorkdays: number;
                statutoryWorkdays: number;
              };
              materials: {
                contentType: string | null;
                copies: number | null;
                fileName: string | null;
                id: string;
                note: string | null;
                /** Format: date-time */
                receivedAt: string;
                round: number;
                sizeBytes: number | null;
                source: 'online' | 'paper';
                specCode: string;
                specName: string;
                url: string | null;
              }[];
              maxExtensionDays: number;
              notCounted: {
                basis: string;
                documentNumber: string;
                /** @description 日期 YYYY-MM-DD */
                expectedEnd: string | null;
                kind:
                  | 'hearing'
                  | 'tender'
                  | 'auction'
                  | 'inspection_test'
                  | 'testing'
                  | 'quarantine'
                  | 'appraisal'
                  | 'expert_review'
                  | 'site_check'
                  | 'public_notice';
                name: string;
                reason: string;
                /** Format: date-time */
                startedAt: string;
              } | null;
              noticeDone: boolean;
              /** Format: date-time */
              noticeEndsAt: string | null;
              noticeNeeded: {
                days: number;
              } | null;
              onTime: boolean | null;
              payments: {
                amountYuan: number;
                basis: string;
                driver: string | null;
                feeCode: string;
                feeName: string;
                id: string;
                /** Format: date-time */
                paidAt: string | null;
                receiptNo: string | null;
                status: 'due' | 'paid' | 'waived';
              }[];
              promisedWorkdays: number;
              receiptCode: string;
              receiptUrl: string;
              stage: 'acceptance' | 'completion' | 'review' | 'inspection' | 'notice' | 'issuing' | 'closed';
              stageLabel: string;
              status:
                | 'submitted'
                | 'completion_requested'
                | 'accepted'
                | 'under_review'
                | 'inspection'
                | 'public_notice'
                | 'approved'
                | 'completed'
                | 'not_accepted'
                | 'refused'
                | 'withdrawn'
                | 'revoked';
              statusLabel: string;
              /** Format: date-time */
              submittedAt: string;
              timeline: {
                actorName: string | null;
                /** Format: date-time */
                at: string;
                internalNote: string | null;
                kind: string;
                publicNote: string | null;
                seq: number;
                title: string;
                visible: boolean;
              }[];
              usedWorkdays: number | null;
              values: {
                [key: string]: unknown;
              };
              valueTexts: {
                label: string;
                name: string;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services/cases/{id}/materials/{materialId}/file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载办理材料 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
          /** @description UUID */
          materialId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 材料文件 */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
            'image/jpeg': string;
            'image/png': string;
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': components['schemas']['def-0'];
            'image/jpeg': components['schemas']['def-0'];
            'image/png': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': components['schemas']['def-0'];
            'image/jpeg': components['schemas']['def-0'];
            'image/png': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services/cases/{id}/not-accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 不予受理 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 仍待受理但受理审查期限已届满（受理即按视为受理处理） */
              acceptanceOverdue: boolean;
              /** Format: date-time */
              acceptedAt: string | null;
              actions: (
                | 'accept'
                | 'notAccept'
                | 'requestCompletion'
                | 'supplementAtCounter'
                | 'startReview'
                | 'startInspection'
                | 'finishInspection'
                | 'startNotCounted'
                | 'finishNotCounted'
                | 'extend'
                | 'startNotice'
                | 'finishNotice'
                | 'decide'
                | 'issue'
                | 'assessFee'
                | 'recordPayment'
                | 'withdraw'
                | 'revoke'
              )[];
              applicant: {
                accountId: string | null;
                idMask: string | null;
                kind: 'citizen' | 'org';
                name: string;
                phoneMask: string | null;
              };
              certificate: {
                id: string | null;
                number: string;
                url: string | null;
              } | null;
              channel: 'online' | 'counter';
              classifyNote: string | null;
              clocks: {
                acceptance: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                certificate: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                promised: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                statutory: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
              };
              /** Format: date-time */
              closedAt: string | null;
              countyCode: string | null;
              /** Format: date-time */
              decidedAt: string | null;
              decision: ('approve' | 'refuse' | 'not_accept') | (never | null);
              /** @description 视为受理（行政许可法第三十二条）：受理审查期限届满未作决定 */
              deemedAccepted: boolean;
              documents: {
                id: string;
                /** Format: date-time */
                issuedAt: string;
                kind:
                  | 'not_accepted_notice'
                  | 'completion_notice'
                  | 'acceptance_notice'
                  | 'approval_decision'
                  | 'refusal_decision'
                  | 'not_counted_notice';
                number: string;
                /** @description 文书 PDF（书面告知可打印送达） */
                pdfUrl: string;
                title: string;
                url: string;
              }[];
              extensionDays: number;
              feesSettled: boolean;
              form: {
                materials: {
                  code: string;
                  formats: ('pdf' | 'jpg' | 'png')[];
                  name: string;
                  note?: string;
                  required: boolean;
                }[];
                sections: {
                  fields: {
                    help?: string;
                    label: string;
                    max?: number;
                    min?: number;
                    name: string;
                    options?: {
                      label: string;
                      value: string;
                    }[];
                    pattern?: string;
                    patternMessage?: string;
                    required?: boolean;
                    showIf?: {
                      field: string;
                      in: string[];
                    };
                    type:
                      | 'text'
                      | 'textarea'
                      | 'integer'
                      | 'number'
                      | 'date'
                      | 'select'
                      | 'radio'
                      | 'checkbox'
                      | 'county'
                      | 'idNumber'
                      | 'creditCode'
                      | 'phone';
                    unit?: string;
                  }[];
                  table?: {
                    columns: string[];
                    note?: string;
                  };
                  title: string;
                }[];
              };
              id: string;
              item: {
                code: string;
                fees: {
                  free: boolean;
                  lines: {
                    basis: string;
                    code: string;
                    name: string;
                    standard: string;
                  }[];
                  note?: string;
                };
                hasHandler: boolean;
                kind: 'on_the_spot' | 'promised';
                name: string;
                notCounted: {
                  basis: string;
                  confidence: string;
                  kind:
                    | 'hearing'
                    | 'tender'
                    | 'auction'
                    | 'inspection_test'
                    | 'testing'
                    | 'quarantine'
                    | 'appraisal'
                    | 'expert_review'
                    | 'site_check'
                    | 'public_notice';
                  name: string;
                }[];
                promisedWorkdays: number;
                statutoryWorkdays: number;
              };
              materials: {
                contentType: string | null;
                copies: number | null;
                fileName: string | null;
                id: string;
                note: string | null;
                /** Format: date-time */
                receivedAt: string;
                round: number;
                sizeBytes: number | null;
                source: 'online' | 'paper';
                specCode: string;
                specName: string;
                url: string | null;
              }[];
              maxExtensionDays: number;
              notCounted: {
                basis: string;
                documentNumber: string;
                /** @description 日期 YYYY-MM-DD */
                expectedEnd: string | null;
                kind:
                  | 'hearing'
                  | 'tender'
                  | 'auction'
                  | 'inspection_test'
                  | 'testing'
                  | 'quarantine'
                  | 'appraisal'
                  | 'expert_review'
                  | 'site_check'
                  | 'public_notice';
                name: string;
                reason: string;
                /** Format: date-time */
                startedAt: string;
              } | null;
              noticeDone: boolean;
              /** Format: date-time */
              noticeEndsAt: string | null;
              noticeNeeded: {
                days: number;
              } | null;
              onTime: boolean | null;
              payments: {
                amountYuan: number;
                basis: string;
                driver: string | null;
                feeCode: string;
                feeName: string;
                id: string;
                /** Format: date-time */
                paidAt: string | null;
                receiptNo: string | null;
                status: 'due' | 'paid' | 'waived';
              }[];
              promisedWorkdays: number;
              receiptCode: string;
              receiptUrl: string;
              stage: 'acceptance' | 'completion' | 'review' | 'inspection' | 'notice' | 'issuing' | 'closed';
              stageLabel: string;
              status:
                | 'submitted'
                | 'completion_requested'
                | 'accepted'
                | 'under_review'
                | 'inspection'
                | 'public_notice'
                | 'approved'
                | 'completed'
                | 'not_accepted'
                | 'refused'
                | 'withdrawn'
                | 'revoked';
              statusLabel: string;
              /** Format: date-time */
              submittedAt: string;
              timeline: {
                actorName: string | null;
                /** Format: date-time */
                at: string;
                internalNote: string | null;
                kind: string;
                publicNote: string | null;
                seq: number;
                title: string;
                visible: boolean;
              }[];
              usedWorkdays: number | null;
              values: {
                [key: string]: unknown;
              };
              valueTexts: {
                label: string;
                name: string;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services/cases/{id}/notice': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 开始许可前公示 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 仍待受理但受理审查期限已届满（受理即按视为受理处理） */
              acceptanceOverdue: boolean;
              /** Format: date-time */
              acceptedAt: string | null;
              actions: (
                | 'accept'
                | 'notAccept'
                | 'requestCompletion'
                | 'supplementAtCounter'
                | 'startReview'
                | 'startInspection'
                | 'finishInspection'
                | 'startNotCounted'
                | 'finishNotCounted'
                | 'extend'
                | 'startNotice'
                | 'finishNotice'
                | 'decide'
                | 'issue'
                | 'assessFee'
                | 'recordPayment'
                | 'withdraw'
                | 'revoke'
              )[];
              applicant: {
                accountId: string | null;
                idMask: string | null;
                kind: 'citizen' | 'org';
                name: string;
                phoneMask: string | null;
              };
              certificate: {
                id: string | null;
                number: string;
                url: string | null;
              } | null;
              channel: 'online' | 'counter';
              classifyNote: string | null;
              clocks: {
                acceptance: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                certificate: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                promised: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                statutory: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
              };
              /** Format: date-time */
              closedAt: string | null;
              countyCode: string | null;
              /** Format: date-time */
              decidedAt: string | null;
              decision: ('approve' | 'refuse' | 'not_accept') | (never | null);
              /** @description 视为受理（行政许可法第三十二条）：受理审查期限届满未作决定 */
              deemedAccepted: boolean;
              documents: {
                id: string;
                /** Format: date-time */
                issuedAt: string;
                kind:
                  | 'not_accepted_notice'
                  | 'completion_notice'
                  | 'acceptance_notice'
                  | 'approval_decision'
                  | 'refusal_decision'
                  | 'not_counted_notice';
                number: string;
                /** @description 文书 PDF（书面告知可打印送达） */
                pdfUrl: string;
                title: string;
                url: string;
              }[];
              extensionDays: number;
              feesSettled: boolean;
              form: {
                materials: {
                  code: string;
                  formats: ('pdf' | 'jpg' | 'png')[];
                  name: string;
                  note?: string;
                  required: boolean;
                }[];
                sections: {
                  fields: {
                    help?: string;
                    label: string;
                    max?: number;
                    min?: number;
                    name: string;
                    options?: {
                      label: string;
                      value: string;
                    }[];
                    pattern?: string;
                    patternMessage?: string;
                    required?: boolean;
                    showIf?: {
                      field: string;
                      in: string[];
                    };
                    type:
                      | 'text'
                      | 'textarea'
                      | 'integer'
                      | 'number'
                      | 'date'
                      | 'select'
                      | 'radio'
                      | 'checkbox'
                      | 'county'
                      | 'idNumber'
                      | 'creditCode'
                      | 'phone';
                    unit?: string;
                  }[];
                  table?: {
                    columns: string[];
                    note?: string;
                  };
                  title: string;
                }[];
              };
              id: string;
              item: {
                code: string;
                fees: {
                  free: boolean;
                  lines: {
                    basis: string;
                    code: string;
                    name: string;
                    standard: string;
                  }[];
                  note?: string;
                };
                hasHandler: boolean;
                kind: 'on_the_spot' | 'promised';
                name: string;
                notCounted: {
                  basis: string;
                  confidence: string;
                  kind:
                    | 'hearing'
                    | 'tender'
                    | 'auction'
                    | 'inspection_test'
                    | 'testing'
                    | 'quarantine'
                    | 'appraisal'
                    | 'expert_review'
                    | 'site_check'
                    | 'public_notice';
                  name: string;
                }[];
                promisedWorkdays: number;
                statutoryWorkdays: number;
              };
              materials: {
                contentType: string | null;
                copies: number | null;
                fileName: string | null;
                id: string;
                note: string | null;
                /** Format: date-time */
                receivedAt: string;
                round: number;
                sizeBytes: number | null;
                source: 'online' | 'paper';
                specCode: string;
                specName: string;
                url: string | null;
              }[];
              maxExtensionDays: number;
              notCounted: {
                basis: string;
                documentNumber: string;
                /** @description 日期 YYYY-MM-DD */
                expectedEnd: string | null;
                kind:
                  | 'hearing'
                  | 'tender'
                  | 'auction'
                  | 'inspection_test'
                  | 'testing'
                  | 'quarantine'
                  | 'appraisal'
                  | 'expert_review'
                  | 'site_check'
                  | 'public_notice';
                name: string;
                reason: string;
                /** Format: date-time */
                startedAt: string;
              } | null;
              noticeDone: boolean;
              /** Format: date-time */
              noticeEndsAt: string | null;
              noticeNeeded: {
                days: number;
              } | null;
              onTime: boolean | null;
              payments: {
                amountYuan: number;
                basis: string;
                driver: string | null;
                feeCode: string;
                feeName: string;
                id: string;
                /** Format: date-time */
                paidAt: string | null;
                receiptNo: string | null;
                status: 'due' | 'paid' | 'waived';
              }[];
              promisedWorkdays: number;
              receiptCode: string;
              receiptUrl: string;
              stage: 'acceptance' | 'completion' | 'review' | 'inspection' | 'notice' | 'issuing' | 'closed';
              stageLabel: string;
              status:
                | 'submitted'
                | 'completion_requested'
                | 'accepted'
                | 'under_review'
                | 'inspection'
                | 'public_notice'
                | 'approved'
                | 'completed'
                | 'not_accepted'
                | 'refused'
                | 'withdrawn'
                | 'revoked';
              statusLabel: string;
              /** Format: date-time */
              submittedAt: string;
              timeline: {
                actorName: string | null;
                /** Format: date-time */
                at: string;
                internalNote: string | null;
                kind: string;
                publicNote: string | null;
                seq: number;
                title: string;
                visible: boolean;
              }[];
              usedWorkdays: number | null;
              values: {
                [key: string]: unknown;
              };
              valueTexts: {
                label: string;
                name: string;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services/cases/{id}/notice/finish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 结束公示 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            outcome: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 仍待受理但受理审查期限已届满（受理即按视为受理处理） */
              acceptanceOverdue: boolean;
              /** Format: date-time */
              acceptedAt: string | null;
              actions: (
                | 'accept'
                | 'notAccept'
                | 'requestCompletion'
                | 'supplementAtCounter'
                | 'startReview'
                | 'startInspection'
                | 'finishInspection'
                | 'startNotCounted'
                | 'finishNotCounted'
                | 'extend'
                | 'startNotice'
                | 'finishNotice'
                | 'decide'
                | 'issue'
                | 'assessFee'
                | 'recordPayment'
                | 'withdraw'
                | 'revoke'
              )[];
              applicant: {
                accountId: string | null;
                idMask: string | null;
                kind: 'citizen' | 'org';
                name: string;
                phoneMask: string | null;
              };
              certificate: {
                id: string | null;
                number: string;
                url: string | null;
              } | null;
              channel: 'online' | 'counter';
              classifyNote: string | null;
              clocks: {
                acceptance: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                certificate: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                promised: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                statutory: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
              };
              /** Format: date-time */
              closedAt: string | null;
              countyCode: string | null;
              /** Format: date-time */
              decidedAt: string | null;
              decision: ('approve' | 'refuse' | 'not_accept') | (never | null);
              /** @description 视为受理（行政许可法第三十二条）：受理审查期限届满未作决定 */
              deemedAccepted: boolean;
              documents: {
                id: string;
                /** Format: date-time */
                issuedAt: string;
                kind:
                  | 'not_accepted_notice'
                  | 'completion_notice'
                  | 'acceptance_notice'
                  | 'approval_decision'
                  | 'refusal_decision'
                  | 'not_counted_notice';
                number: string;
                /** @description 文书 PDF（书面告知可打印送达） */
                pdfUrl: string;
                title: string;
                url: string;
              }[];
              extensionDays: number;
              feesSettled: boolean;
              form: {
                materials: {
                  code: string;
                  formats: ('pdf' | 'jpg' | 'png')[];
                  name: string;
                  note?: string;
                  required: boolean;
                }[];
                sections: {
                  fields: {
                    help?: string;
                    label: string;
                    max?: number;
                    min?: number;
                    name: string;
                    options?: {
                      label: string;
                      value: string;
                    }[];
                    pattern?: string;
                    patternMessage?: string;
                    required?: boolean;
                    showIf?: {
                      field: string;
                      in: string[];
                    };
                    type:
                      | 'text'
                      | 'textarea'
                      | 'integer'
                      | 'number'
                      | 'date'
                      | 'select'
                      | 'radio'
                      | 'checkbox'
                      | 'county'
                      | 'idNumber'
                      | 'creditCode'
                      | 'phone';
                    unit?: string;
                  }[];
                  table?: {
                    columns: string[];
                    note?: string;
                  };
                  title: string;
                }[];
              };
              id: string;
              item: {
                code: string;
                fees: {
                  free: boolean;
                  lines: {
                    basis: string;
                    code: string;
                    name: string;
                    standard: string;
                  }[];
                  note?: string;
                };
                hasHandler: boolean;
                kind: 'on_the_spot' | 'promised';
                name: string;
                notCounted: {
                  basis: string;
                  confidence: string;
                  kind:
                    | 'hearing'
                    | 'tender'
                    | 'auction'
                    | 'inspection_test'
                    | 'testing'
                    | 'quarantine'
                    | 'appraisal'
                    | 'expert_review'
                    | 'site_check'
                    | 'public_notice';
                  name: string;
                }[];
                promisedWorkdays: number;
                statutoryWorkdays: number;
              };
              materials: {
                contentType: string | null;
                copies: number | null;
                fileName: string | null;
                id: string;
                note: string | null;
                /** Format: date-time */
                receivedAt: string;
                round: number;
                sizeBytes: number | null;
                source: 'online' | 'paper';
                specCode: string;
                specName: string;
                url: string | null;
              }[];
              maxExtensionDays: number;
              notCounted: {
                basis: string;
                documentNumber: string;
                /** @description 日期 YYYY-MM-DD */
                expectedEnd: string | null;
                kind:
                  | 'hearing'
                  | 'tender'
                  | 'auction'
                  | 'inspection_test'
                  | 'testing'
                  | 'quarantine'
                  | 'appraisal'
                  | 'expert_review'
                  | 'site_check'
                  | 'public_notice';
                name: string;
                reason: string;
                /** Format: date-time */
                startedAt: string;
              } | null;
              noticeDone: boolean;
              /** Format: date-time */
              noticeEndsAt: string | null;
              noticeNeeded: {
                days: number;
              } | null;
              onTime: boolean | null;
              payments: {
                amountYuan: number;
                basis: string;
                driver: string | null;
                feeCode: string;
                feeName: string;
                id: string;
                /** Format: date-time */
                paidAt: string | null;
                receiptNo: string | null;
                status: 'due' | 'paid' | 'waived';
              }[];
              promisedWorkdays: number;
              receiptCode: string;
              receiptUrl: string;
              stage: 'acceptance' | 'completion' | 'review' | 'inspection' | 'notice' | 'issuing' | 'closed';
              stageLabel: string;
              status:
                | 'submitted'
                | 'completion_requested'
                | 'accepted'
                | 'under_review'
                | 'inspection'
                | 'public_notice'
                | 'approved'
                | 'completed'
                | 'not_accepted'
                | 'refused'
                | 'withdrawn'
                | 'revoked';
              statusLabel: string;
              /** Format: date-time */
              submittedAt: string;
              timeline: {
                actorName: string | null;
                /** Format: date-time */
                at: string;
                internalNote: string | null;
                kind: string;
                publicNote: string | null;
                seq: number;
                title: string;
                visible: boolean;
              }[];
              usedWorkdays: number | null;
              values: {
                [key: string]: unknown;
              };
              valueTexts: {
                label: string;
                name: string;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services/cases/{id}/payments/{paymentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记缴费 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
          /** @description UUID */
          paymentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            driver?: string;
            receiptNo: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 仍待受理但受理审查期限已届满（受理即按视为受理处理） */
              acceptanceOverdue: boolean;
              /** Format: date-time */
              acceptedAt: string | null;
              actions: (
                | 'accept'
                | 'notAccept'
                | 'requestCompletion'
                | 'supplementAtCounter'
                | 'startReview'
                | 'startInspection'
                | 'finishInspection'
                | 'startNotCounted'
                | 'finishNotCounted'
                | 'extend'
                | 'startNotice'
                | 'finishNotice'
                | 'decide'
                | 'issue'
                | 'assessFee'
                | 'recordPayment'
                | 'withdraw'
                | 'revoke'
              )[];
              applicant: {
                accountId: string | null;
                idMask: string | null;
                kind: 'citizen' | 'org';
                name: string;
                phoneMask: string | null;
              };
              certificate: {
                id: string | null;
                number: string;
                url: string | null;
              } | null;
              channel: 'online' | 'counter';
              classifyNote: string | null;
              clocks: {
                acceptance: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                certificate: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                promised: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                statutory: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
              };
              /** Format: date-time */
              closedAt: string | null;
              countyCode: string | null;
              /** Format: date-time */
              decidedAt: string | null;
              decision: ('approve' | 'refuse' | 'not_accept') | (never | null);
              /** @description 视为受理（行政许可法第三十二条）：受理审查期限届满未作决定 */
              deemedAccepted: boolean;
              documents: {
                id: string;
                /** Format: date-time */
                issuedAt: string;
                kind:
                  | 'not_accepted_notice'
                  | 'completion_notice'
                  | 'acceptance_notice'
                  | 'approval_decision'
                  | 'refusal_decision'
                  | 'not_counted_notice';
                number: string;
                /** @description 文书 PDF（书面告知可打印送达） */
                pdfUrl: string;
                title: string;
                url: string;
              }[];
              extensionDays: number;
              feesSettled: boolean;
              form: {
                materials: {
                  code: string;
                  formats: ('pdf' | 'jpg' | 'png')[];
                  name: string;
                  note?: string;
                  required: boolean;
                }[];
                sections: {
                  fields: {
                    help?: string;
                    label: string;
                    max?: number;
                    min?: number;
                    name: string;
                    options?: {
                      label: string;
                      value: string;
                    }[];
                    pattern?: string;
                    patternMessage?: string;
                    required?: boolean;
                    showIf?: {
                      field: string;
                      in: string[];
                    };
                    type:
                      | 'text'
                      | 'textarea'
                      | 'integer'
                      | 'number'
                      | 'date'
                      | 'select'
                      | 'radio'
                      | 'checkbox'
                      | 'county'
                      | 'idNumber'
                      | 'creditCode'
                      | 'phone';
                    unit?: string;
                  }[];
                  table?: {
                    columns: string[];
                    note?: string;
                  };
                  title: string;
                }[];
              };
              id: string;
              item: {
                code: string;
                fees: {
                  free: boolean;
                  lines: {
                    basis: string;
                    code: string;
                    name: string;
                    standard: string;
                  }[];
                  note?: string;
                };
                hasHandler: boolean;
                kind: 'on_the_spot' | 'promised';
                name: string;
                notCounted: {
                  basis: string;
                  confidence: string;
                  kind:
                    | 'hearing'
                    | 'tender'
                    | 'auction'
                    | 'inspection_test'
                    | 'testing'
                    | 'quarantine'
                    | 'appraisal'
                    | 'expert_review'
                    | 'site_check'
                    | 'public_notice';
                  name: string;
                }[];
                promisedWorkdays: number;
                statutoryWorkdays: number;
              };
              materials: {
                contentType: string | null;
                copies: number | null;
                fileName: string | null;
                id: string;
                note: string | null;
                /** Format: date-time */
                receivedAt: string;
                round: number;
                sizeBytes: number | null;
                source: 'online' | 'paper';
                specCode: string;
                specName: string;
                url: string | null;
              }[];
              maxExtensionDays: number;
              notCounted: {
                basis: string;
                documentNumber: string;
                /** @description 日期 YYYY-MM-DD */
                expectedEnd: string | null;
                kind:
                  | 'hearing'
                  | 'tender'
                  | 'auction'
                  | 'inspection_test'
                  | 'testing'
                  | 'quarantine'
                  | 'appraisal'
                  | 'expert_review'
                  | 'site_check'
                  | 'public_notice';
                name: string;
                reason: string;
                /** Format: date-time */
                startedAt: string;
              } | null;
              noticeDone: boolean;
              /** Format: date-time */
              noticeEndsAt: string | null;
              noticeNeeded: {
                days: number;
              } | null;
              onTime: boolean | null;
              payments: {
                amountYuan: number;
                basis: string;
                driver: string | null;
                feeCode: string;
                feeName: string;
                id: string;
                /** Format: date-time */
                paidAt: string | null;
                receiptNo: string | null;
                status: 'due' | 'paid' | 'waived';
              }[];
              promisedWorkdays: number;
              receiptCode: string;
              receiptUrl: string;
              stage: 'acceptance' | 'completion' | 'review' | 'inspection' | 'notice' | 'issuing' | 'closed';
              stageLabel: string;
              status:
                | 'submitted'
                | 'completion_requested'
                | 'accepted'
                | 'under_review'
                | 'inspection'
                | 'public_notice'
                | 'approved'
                | 'completed'
                | 'not_accepted'
                | 'refused'
                | 'withdrawn'
                | 'revoked';
              statusLabel: string;
              /** Format: date-time */
              submittedAt: string;
              timeline: {
                actorName: string | null;
                /** Format: date-time */
                at: string;
                internalNote: string | null;
                kind: string;
                publicNote: string | null;
                seq: number;
                title: string;
                visible: boolean;
              }[];
              usedWorkdays: number | null;
              values: {
                [key: string]: unknown;
              };
              valueTexts: {
                label: string;
                name: string;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services/cases/{id}/receipt.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载受理通知书（回执）PDF（申请人本人或有权查看该办件的工作人员） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 受理通知书 PDF */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services/cases/{id}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 开始审查 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 仍待受理但受理审查期限已届满（受理即按视为受理处理） */
              acceptanceOverdue: boolean;
              /** Format: date-time */
              acceptedAt: string | null;
              actions: (
                | 'accept'
                | 'notAccept'
                | 'requestCompletion'
                | 'supplementAtCounter'
                | 'startReview'
                | 'startInspection'
                | 'finishInspection'
                | 'startNotCounted'
                | 'finishNotCounted'
                | 'extend'
                | 'startNotice'
                | 'finishNotice'
                | 'decide'
                | 'issue'
                | 'assessFee'
                | 'recordPayment'
                | 'withdraw'
                | 'revoke'
              )[];
              applicant: {
                accountId: string | null;
                idMask: string | null;
                kind: 'citizen' | 'org';
                name: string;
                phoneMask: string | null;
              };
              certificate: {
                id: string | null;
                number: string;
                url: string | null;
              } | null;
              channel: 'online' | 'counter';
              classifyNote: string | null;
              clocks: {
                acceptance: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                certificate: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                promised: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                statutory: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
              };
              /** Format: date-time */
              closedAt: string | null;
              countyCode: string | null;
              /** Format: date-time */
              decidedAt: string | null;
              decision: ('approve' | 'refuse' | 'not_accept') | (never | null);
              /** @description 视为受理（行政许可法第三十二条）：受理审查期限届满未作决定 */
              deemedAccepted: boolean;
              documents: {
                id: string;
                /** Format: date-time */
                issuedAt: string;
                kind:
                  | 'not_accepted_notice'
                  | 'completion_notice'
                  | 'acceptance_notice'
                  | 'approval_decision'
                  | 'refusal_decision'
                  | 'not_counted_notice';
                number: string;
                /** @description 文书 PDF（书面告知可打印送达） */
                pdfUrl: string;
                title: string;
                url: string;
              }[];
              extensionDays: number;
              feesSettled: boolean;
              form: {
                materials: {
                  code: string;
                  formats: ('pdf' | 'jpg' | 'png')[];
                  name: string;
                  note?: string;
                  required: boolean;
                }[];
                sections: {
                  fields: {
                    help?: string;
                    label: string;
                    max?: number;
                    min?: number;
                    name: string;
                    options?: {
                      label: string;
                      value: string;
                    }[];
                    pattern?: string;
                    patternMessage?: string;
                    required?: boolean;
                    showIf?: {
                      field: string;
                      in: string[];
                    };
                    type:
                      | 'text'
                      | 'textarea'
                      | 'integer'
                      | 'number'
                      | 'date'
                      | 'select'
                      | 'radio'
                      | 'checkbox'
                      | 'county'
                      | 'idNumber'
                      | 'creditCode'
                      | 'phone';
                    unit?: string;
                  }[];
                  table?: {
                    columns: string[];
                    note?: string;
                  };
                  title: string;
                }[];
              };
              id: string;
              item: {
                code: string;
                fees: {
                  free: boolean;
                  lines: {
                    basis: string;
                    code: string;
                    name: string;
                    standard: string;
                  }[];
                  note?: string;
                };
                hasHandler: boolean;
                kind: 'on_the_spot' | 'promised';
                name: string;
                notCounted: {
                  basis: string;
                  confidence: string;
                  kind:
                    | 'hearing'
                    | 'tender'
                    | 'auction'
                    | 'inspection_test'
                    | 'testing'
                    | 'quarantine'
                    | 'appraisal'
                    | 'expert_review'
                    | 'site_check'
                    | 'public_notice';
                  name: string;
                }[];
                promisedWorkdays: number;
                statutoryWorkdays: number;
              };
              materials: {
                contentType: string | null;
                copies: number | null;
                fileName: string | null;
                id: string;
                note: string | null;
                /** Format: date-time */
                receivedAt: string;
                round: number;
                sizeBytes: number | null;
                source: 'online' | 'paper';
                specCode: string;
                specName: string;
                url: string | null;
              }[];
              maxExtensionDays: number;
              notCounted: {
                basis: string;
                documentNumber: string;
                /** @description 日期 YYYY-MM-DD */
                expectedEnd: string | null;
                kind:
                  | 'hearing'
                  | 'tender'
                  | 'auction'
                  | 'inspection_test'
                  | 'testing'
                  | 'quarantine'
                  | 'appraisal'
                  | 'expert_review'
                  | 'site_check'
                  | 'public_notice';
                name: string;
                reason: string;
                /** Format: date-time */
                startedAt: string;
              } | null;
              noticeDone: boolean;
              /** Format: date-time */
              noticeEndsAt: string | null;
              noticeNeeded: {
                days: number;
              } | null;
              onTime: boolean | null;
              payments: {
                amountYuan: number;
                basis: string;
                driver: string | null;
                feeCode: string;
                feeName: string;
                id: string;
                /** Format: date-time */
                paidAt: string | null;
                receiptNo: string | null;
                status: 'due' | 'paid' | 'waived';
              }[];
              promisedWorkdays: number;
              receiptCode: string;
              receiptUrl: string;
              stage: 'acceptance' | 'completion' | 'review' | 'inspection' | 'notice' | 'issuing' | 'closed';
              stageLabel: string;
              status:
                | 'submitted'
                | 'completion_requested'
                | 'accepted'
                | 'under_review'
                | 'inspection'
                | 'public_notice'
                | 'approved'
                | 'completed'
                | 'not_accepted'
                | 'refused'
                | 'withdrawn'
                | 'revoked';
              statusLabel: string;
              /** Format: date-time */
              submittedAt: string;
              timeline: {
                actorName: string | null;
                /** Format: date-time */
                at: string;
                internalNote: string | null;
                kind: string;
                publicNote: string | null;
                seq: number;
                title: string;
                visible: boolean;
              }[];
              usedWorkdays: number | null;
              values: {
                [key: string]: unknown;
              };
              valueTexts: {
                label: string;
                name: string;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services/cases/{id}/revocation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 撤销行政许可 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 仍待受理但受理审查期限已届满（受理即按视为受理处理） */
              acceptanceOverdue: boolean;
              /** Format: date-time */
              acceptedAt: string | null;
              actions: (
                | 'accept'
                | 'notAccept'
                | 'requestCompletion'
                | 'supplementAtCounter'
                | 'startReview'
                | 'startInspection'
                | 'finishInspection'
                | 'startNotCounted'
                | 'finishNotCounted'
                | 'extend'
                | 'startNotice'
                | 'finishNotice'
                | 'decide'
                | 'issue'
                | 'assessFee'
                | 'recordPayment'
                | 'withdraw'
                | 'revoke'
              )[];
              applicant: {
                accountId: string | null;
                idMask: string | null;
                kind: 'citizen' | 'org';
                name: string;
                phoneMask: string | null;
              };
              certificate: {
                id: string | null;
                number: string;
                url: string | null;
              } | null;
              channel: 'online' | 'counter';
              classifyNote: string | null;
              clocks: {
                acceptance: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                certificate: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                promised: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                statutory: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
              };
              /** Format: date-time */
              closedAt: string | null;
              countyCode: string | null;
              /** Format: date-time */
              decidedAt: string | null;
              decision: ('approve' | 'refuse' | 'not_accept') | (never | null);
              /** @description 视为受理（行政许可法第三十二条）：受理审查期限届满未作决定 */
              deemedAccepted: boolean;
              documents: {
                id: string;
                /** Format: date-time */
                issuedAt: string;
                kind:
                  | 'not_accepted_notice'
                  | 'completion_notice'
                  | 'acceptance_notice'
                  | 'approval_decision'
                  | 'refusal_decision'
                  | 'not_counted_notice';
                number: string;
                /** @description 文书 PDF（书面告知可打印送达） */
                pdfUrl: string;
                title: string;
                url: string;
              }[];
              extensionDays: number;
              feesSettled: boolean;
              form: {
                materials: {
                  code: string;
                  formats: ('pdf' | 'jpg' | 'png')[];
                  name: string;
                  note?: string;
                  required: boolean;
                }[];
                sections: {
                  fields: {
                    help?: string;
                    label: string;
                    max?: number;
                    min?: number;
                    name: string;
                    options?: {
                      label: string;
                      value: string;
                    }[];
                    pattern?: string;
                    patternMessage?: string;
                    required?: boolean;
                    showIf?: {
                      field: string;
                      in: string[];
                    };
                    type:
                      | 'text'
                      | 'textarea'
                      | 'integer'
                      | 'number'
                      | 'date'
                      | 'select'
                      | 'radio'
                      | 'checkbox'
                      | 'county'
                      | 'idNumber'
                      | 'creditCode'
                      | 'phone';
                    unit?: string;
                  }[];
                  table?: {
                    columns: string[];
                    note?: string;
                  };
                  title: string;
                }[];
              };
              id: string;
              item: {
                code: string;
                fees: {
                  free: boolean;
                  lines: {
                    basis: string;
                    code: string;
                    name: string;
                    standard: string;
                  }[];
                  note?: string;
                };
                hasHandler: boolean;
                kind: 'on_the_spot' | 'promised';
                name: string;
                notCounted: {
                  basis: string;
                  confidence: string;
                  kind:
                    | 'hearing'
                    | 'tender'
                    | 'auction'
                    | 'inspection_test'
                    | 'testing'
                    | 'quarantine'
                    | 'appraisal'
                    | 'expert_review'
                    | 'site_check'
                    | 'public_notice';
                  name: string;
                }[];
                promisedWorkdays: number;
                statutoryWorkdays: number;
              };
              materials: {
                contentType: string | null;
                copies: number | null;
                fileName: string | null;
                id: string;
                note: string | null;
                /** Format: date-time */
                receivedAt: string;
                round: number;
                sizeBytes: number | null;
                source: 'online' | 'paper';
                specCode: string;
                specName: string;
                url: string | null;
              }[];
              maxExtensionDays: number;
              notCounted: {
                basis: string;
                documentNumber: string;
                /** @description 日期 YYYY-MM-DD */
                expectedEnd: string | null;
                kind:
                  | 'hearing'
                  | 'tender'
                  | 'auction'
                  | 'inspection_test'
                  | 'testing'
                  | 'quarantine'
                  | 'appraisal'
                  | 'expert_review'
                  | 'site_check'
                  | 'public_notice';
                name: string;
                reason: string;
                /** Format: date-time */
                startedAt: string;
              } | null;
              noticeDone: boolean;
              /** Format: date-time */
              noticeEndsAt: string | null;
              noticeNeeded: {
                days: number;
              } | null;
              onTime: boolean | null;
              payments: {
                amountYuan: number;
                basis: string;
                driver: string | null;
                feeCode: string;
                feeName: string;
                id: string;
                /** Format: date-time */
                paidAt: string | null;
                receiptNo: string | null;
                status: 'due' | 'paid' | 'waived';
              }[];
              promisedWorkdays: number;
              receiptCode: string;
              receiptUrl: string;
              stage: 'acceptance' | 'completion' | 'review' | 'inspection' | 'notice' | 'issuing' | 'closed';
              stageLabel: string;
              status:
                | 'submitted'
                | 'completion_requested'
                | 'accepted'
                | 'under_review'
                | 'inspection'
                | 'public_notice'
                | 'approved'
                | 'completed'
                | 'not_accepted'
                | 'refused'
                | 'withdrawn'
                | 'revoked';
              statusLabel: string;
              /** Format: date-time */
              submittedAt: string;
              timeline: {
                actorName: string | null;
                /** Format: date-time */
                at: string;
                internalNote: string | null;
                kind: string;
                publicNote: string | null;
                seq: number;
                title: string;
                visible: boolean;
              }[];
              usedWorkdays: number | null;
              values: {
                [key: string]: unknown;
              };
              valueTexts: {
                label: string;
                name: string;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services/cases/{id}/supplement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 窗口收取补正材料 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string;
            paper: {
              copies: number;
              note?: string;
              specCode: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 仍待受理但受理审查期限已届满（受理即按视为受理处理） */
              acceptanceOverdue: boolean;
              /** Format: date-time */
              acceptedAt: string | null;
              actions: (
                | 'accept'
                | 'notAccept'
                | 'requestCompletion'
                | 'supplementAtCounter'
                | 'startReview'
                | 'startInspection'
                | 'finishInspection'
                | 'startNotCounted'
                | 'finishNotCounted'
                | 'extend'
                | 'startNotice'
                | 'finishNotice'
                | 'decide'
                | 'issue'
                | 'assessFee'
                | 'recordPayment'
                | 'withdraw'
                | 'revoke'
              )[];
              applicant: {
                accountId: string | null;
                idMask: string | null;
                kind: 'citizen' | 'org';
                name: string;
                phoneMask: string | null;
              };
              certificate: {
                id: string | null;
                number: string;
                url: string | null;
              } | null;
              channel: 'online' | 'counter';
              classifyNote: string | null;
              clocks: {
                acceptance: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                certificate: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                promised: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                statutory: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
              };
              /** Format: date-time */
              closedAt: string | null;
              countyCode: string | null;
              /** Format: date-time */
              decidedAt: string | null;
              decision: ('approve' | 'refuse' | 'not_accept') | (never | null);
              /** @description 视为受理（行政许可法第三十二条）：受理审查期限届满未作决定 */
              deemedAccepted: boolean;
              documents: {
                id: string;
                /** Format: date-time */
                issuedAt: string;
                kind:
                  | 'not_accepted_notice'
                  | 'completion_notice'
                  | 'acceptance_notice'
                  | 'approval_decision'
                  | 'refusal_decision'
                  | 'not_counted_notice';
                number: string;
                /** @description 文书 PDF（书面告知可打印送达） */
                pdfUrl: string;
                title: string;
                url: string;
              }[];
              extensionDays: number;
              feesSettled: boolean;
              form: {
                materials: {
                  code: string;
                  formats: ('pdf' | 'jpg' | 'png')[];
                  name: string;
                  note?: string;
                  required: boolean;
                }[];
                sections: {
                  fields: {
                    help?: string;
                    label: string;
                    max?: number;
                    min?: number;
                    name: string;
                    options?: {
                      label: string;
                      value: string;
                    }[];
                    pattern?: string;
                    patternMessage?: string;
                    required?: boolean;
                    showIf?: {
                      field: string;
                      in: string[];
                    };
                    type:
                      | 'text'
                      | 'textarea'
                      | 'integer'
                      | 'number'
                      | 'date'
                      | 'select'
                      | 'radio'
                      | 'checkbox'
                      | 'county'
                      | 'idNumber'
                      | 'creditCode'
                      | 'phone';
                    unit?: string;
                  }[];
                  table?: {
                    columns: string[];
                    note?: string;
                  };
                  title: string;
                }[];
              };
              id: string;
              item: {
                code: string;
                fees: {
                  free: boolean;
                  lines: {
                    basis: string;
                    code: string;
                    name: string;
                    standard: string;
                  }[];
                  note?: string;
                };
                hasHandler: boolean;
                kind: 'on_the_spot' | 'promised';
                name: string;
                notCounted: {
                  basis: string;
                  confidence: string;
                  kind:
                    | 'hearing'
                    | 'tender'
                    | 'auction'
                    | 'inspection_test'
                    | 'testing'
                    | 'quarantine'
                    | 'appraisal'
                    | 'expert_review'
                    | 'site_check'
                    | 'public_notice';
                  name: string;
                }[];
                promisedWorkdays: number;
                statutoryWorkdays: number;
              };
              materials: {
                contentType: string | null;
                copies: number | null;
                fileName: string | null;
                id: string;
                note: string | null;
                /** Format: date-time */
                receivedAt: string;
                round: number;
                sizeBytes: number | null;
                source: 'online' | 'paper';
                specCode: string;
                specName: string;
                url: string | null;
              }[];
              maxExtensionDays: number;
              notCounted: {
                basis: string;
                documentNumber: string;
                /** @description 日期 YYYY-MM-DD */
                expectedEnd: string | null;
                kind:
                  | 'hearing'
                  | 'tender'
                  | 'auction'
                  | 'inspection_test'
                  | 'testing'
                  | 'quarantine'
                  | 'appraisal'
                  | 'expert_review'
                  | 'site_check'
                  | 'public_notice';
                name: string;
                reason: string;
                /** Format: date-time */
                startedAt: string;
              } | null;
              noticeDone: boolean;
              /** Format: date-time */
              noticeEndsAt: string | null;
              noticeNeeded: {
                days: number;
              } | null;
              onTime: boolean | null;
              payments: {
                amountYuan: number;
                basis: string;
                driver: string | null;
                feeCode: string;
                feeName: string;
                id: string;
                /** Format: date-time */
                paidAt: string | null;
                receiptNo: string | null;
                status: 'due' | 'paid' | 'waived';
              }[];
              promisedWorkdays: number;
              receiptCode: string;
              receiptUrl: string;
              stage: 'acceptance' | 'completion' | 'review' | 'inspection' | 'notice' | 'issuing' | 'closed';
              stageLabel: string;
              status:
                | 'submitted'
                | 'completion_requested'
                | 'accepted'
                | 'under_review'
                | 'inspection'
                | 'public_notice'
                | 'approved'
                | 'completed'
                | 'not_accepted'
                | 'refused'
                | 'withdrawn'
                | 'revoked';
              statusLabel: string;
              /** Format: date-time */
              submittedAt: string;
              timeline: {
                actorName: string | null;
                /** Format: date-time */
                at: string;
                internalNote: string | null;
                kind: string;
                publicNote: string | null;
                seq: number;
                title: string;
                visible: boolean;
              }[];
              usedWorkdays: number | null;
              values: {
                [key: string]: unknown;
              };
              valueTexts: {
                label: string;
                name: string;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services/cases/{id}/time-not-counted': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 开始不计入办理时限的程序（听证、专家评审等，计时暂停并书面告知） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            expectedEnd?: string;
            kind: string;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 仍待受理但受理审查期限已届满（受理即按视为受理处理） */
              acceptanceOverdue: boolean;
              /** Format: date-time */
              acceptedAt: string | null;
              actions: (
                | 'accept'
                | 'notAccept'
                | 'requestCompletion'
                | 'supplementAtCounter'
                | 'startReview'
                | 'startInspection'
                | 'finishInspection'
                | 'startNotCounted'
                | 'finishNotCounted'
                | 'extend'
                | 'startNotice'
                | 'finishNotice'
                | 'decide'
                | 'issue'
                | 'assessFee'
                | 'recordPayment'
                | 'withdraw'
                | 'revoke'
              )[];
              applicant: {
                accountId: string | null;
                idMask: string | null;
                kind: 'citizen' | 'org';
                name: string;
                phoneMask: string | null;
              };
              certificate: {
                id: string | null;
                number: string;
                url: string | null;
              } | null;
              channel: 'online' | 'counter';
              classifyNote: string | null;
              clocks: {
                acceptance: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                certificate: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                promised: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                statutory: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
              };
              /** Format: date-time */
              closedAt: string | null;
              countyCode: string | null;
              /** Format: date-time */
              decidedAt: string | null;
              decision: ('approve' | 'refuse' | 'not_accept') | (never | null);
              /** @description 视为受理（行政许可法第三十二条）：受理审查期限届满未作决定 */
              deemedAccepted: boolean;
              documents: {
                id: string;
                /** Format: date-time */
                issuedAt: string;
                kind:
                  | 'not_accepted_notice'
                  | 'completion_notice'
                  | 'acceptance_notice'
                  | 'approval_decision'
                  | 'refusal_decision'
                  | 'not_counted_notice';
                number: string;
                /** @description 文书 PDF（书面告知可打印送达） */
                pdfUrl: string;
                title: string;
                url: string;
              }[];
              extensionDays: number;
              feesSettled: boolean;
              form: {
                materials: {
                  code: string;
                  formats: ('pdf' | 'jpg' | 'png')[];
                  name: string;
                  note?: string;
                  required: boolean;
                }[];
                sections: {
                  fields: {
                    help?: string;
                    label: string;
                    max?: number;
                    min?: number;
                    name: string;
                    options?: {
                      label: string;
                      value: string;
                    }[];
                    pattern?: string;
                    patternMessage?: string;
                    required?: boolean;
                    showIf?: {
                      field: string;
                      in: string[];
                    };
                    type:
                      | 'text'
                      | 'textarea'
                      | 'integer'
                      | 'number'
                      | 'date'
                      | 'select'
                      | 'radio'
                      | 'checkbox'
                      | 'county'
                      | 'idNumber'
                      | 'creditCode'
                      | 'phone';
                    unit?: string;
                  }[];
                  table?: {
                    columns: string[];
                    note?: string;
                  };
                  title: string;
                }[];
              };
              id: string;
              item: {
                code: string;
                fees: {
                  free: boolean;
                  lines: {
                    basis: string;
                    code: string;
                    name: string;
                    standard: string;
                  }[];
                  note?: string;
                };
                hasHandler: boolean;
                kind: 'on_the_spot' | 'promised';
                name: string;
                notCounted: {
                  basis: string;
                  confidence: string;
                  kind:
                    | 'hearing'
                    | 'tender'
                    | 'auction'
                    | 'inspection_test'
                    | 'testing'
                    | 'quarantine'
                    | 'appraisal'
                    | 'expert_review'
                    | 'site_check'
                    | 'public_notice';
                  name: string;
                }[];
                promisedWorkdays: number;
                statutoryWorkdays: number;
              };
              materials: {
                contentType: string | null;
                copies: number | null;
                fileName: string | null;
                id: string;
                note: string | null;
                /** Format: date-time */
                receivedAt: string;
                round: number;
                sizeBytes: number | null;
                source: 'online' | 'paper';
                specCode: string;
                specName: string;
                url: string | null;
              }[];
              maxExtensionDays: number;
              notCounted: {
                basis: string;
                documentNumber: string;
                /** @description 日期 YYYY-MM-DD */
                expectedEnd: string | null;
                kind:
                  | 'hearing'
                  | 'tender'
                  | 'auction'
                  | 'inspection_test'
                  | 'testing'
                  | 'quarantine'
                  | 'appraisal'
                  | 'expert_review'
                  | 'site_check'
                  | 'public_notice';
                name: string;
                reason: string;
                /** Format: date-time */
                startedAt: string;
              } | null;
              noticeDone: boolean;
              /** Format: date-time */
              noticeEndsAt: string | null;
              noticeNeeded: {
                days: number;
              } | null;
              onTime: boolean | null;
              payments: {
                amountYuan: number;
                basis: string;
                driver: string | null;
                feeCode: string;
                feeName: string;
                id: string;
                /** Format: date-time */
                paidAt: string | null;
                receiptNo: string | null;
                status: 'due' | 'paid' | 'waived';
              }[];
              promisedWorkdays: number;
              receiptCode: string;
              receiptUrl: string;
              stage: 'acceptance' | 'completion' | 'review' | 'inspection' | 'notice' | 'issuing' | 'closed';
              stageLabel: string;
              status:
                | 'submitted'
                | 'completion_requested'
                | 'accepted'
                | 'under_review'
                | 'inspection'
                | 'public_notice'
                | 'approved'
                | 'completed'
                | 'not_accepted'
                | 'refused'
                | 'withdrawn'
                | 'revoked';
              statusLabel: string;
              /** Format: date-time */
              submittedAt: string;
              timeline: {
                actorName: string | null;
                /** Format: date-time */
                at: string;
                internalNote: string | null;
                kind: string;
                publicNote: string | null;
                seq: number;
                title: string;
                visible: boolean;
              }[];
              usedWorkdays: number | null;
              values: {
                [key: string]: unknown;
              };
              valueTexts: {
                label: string;
                name: string;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services/cases/{id}/time-not-counted/finish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 结束不计入办理时限的程序（计时恢复） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date-time */
            at?: string;
            outcome: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 仍待受理但受理审查期限已届满（受理即按视为受理处理） */
              acceptanceOverdue: boolean;
              /** Format: date-time */
              acceptedAt: string | null;
              actions: (
                | 'accept'
                | 'notAccept'
                | 'requestCompletion'
                | 'supplementAtCounter'
                | 'startReview'
                | 'startInspection'
                | 'finishInspection'
                | 'startNotCounted'
                | 'finishNotCounted'
                | 'extend'
                | 'startNotice'
                | 'finishNotice'
                | 'decide'
                | 'issue'
                | 'assessFee'
                | 'recordPayment'
                | 'withdraw'
                | 'revoke'
              )[];
              applicant: {
                accountId: string | null;
                idMask: string | null;
                kind: 'citizen' | 'org';
                name: string;
                phoneMask: string | null;
              };
              certificate: {
                id: string | null;
                number: string;
                url: string | null;
              } | null;
              channel: 'online' | 'counter';
              classifyNote: string | null;
              clocks: {
                acceptance: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                certificate: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                promised: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                statutory: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
              };
              /** Format: date-time */
              closedAt: string | null;
              countyCode: string | null;
              /** Format: date-time */
              decidedAt: string | null;
              decision: ('approve' | 'refuse' | 'not_accept') | (never | null);
              /** @description 视为受理（行政许可法第三十二条）：受理审查期限届满未作决定 */
              deemedAccepted: boolean;
              documents: {
                id: string;
                /** Format: date-time */
                issuedAt: string;
                kind:
                  | 'not_accepted_notice'
                  | 'completion_notice'
                  | 'acceptance_notice'
                  | 'approval_decision'
                  | 'refusal_decision'
                  | 'not_counted_notice';
                number: string;
                /** @description 文书 PDF（书面告知可打印送达） */
                pdfUrl: string;
                title: string;
                url: string;
              }[];
              extensionDays: number;
              feesSettled: boolean;
              form: {
                materials: {
                  code: string;
                  formats: ('pdf' | 'jpg' | 'png')[];
                  name: string;
                  note?: string;
                  required: boolean;
                }[];
                sections: {
                  fields: {
                    help?: string;
                    label: string;
                    max?: number;
                    min?: number;
                    name: string;
                    options?: {
                      label: string;
                      value: string;
                    }[];
                    pattern?: string;
                    patternMessage?: string;
                    required?: boolean;
                    showIf?: {
                      field: string;
                      in: string[];
                    };
                    type:
                      | 'text'
                      | 'textarea'
                      | 'integer'
                      | 'number'
                      | 'date'
                      | 'select'
                      | 'radio'
                      | 'checkbox'
                      | 'county'
                      | 'idNumber'
                      | 'creditCode'
                      | 'phone';
                    unit?: string;
                  }[];
                  table?: {
                    columns: string[];
                    note?: string;
                  };
                  title: string;
                }[];
              };
              id: string;
              item: {
                code: string;
                fees: {
                  free: boolean;
                  lines: {
                    basis: string;
                    code: string;
                    name: string;
                    standard: string;
                  }[];
                  note?: string;
                };
                hasHandler: boolean;
                kind: 'on_the_spot' | 'promised';
                name: string;
                notCounted: {
                  basis: string;
                  confidence: string;
                  kind:
                    | 'hearing'
                    | 'tender'
                    | 'auction'
                    | 'inspection_test'
                    | 'testing'
                    | 'quarantine'
                    | 'appraisal'
                    | 'expert_review'
                    | 'site_check'
                    | 'public_notice';
                  name: string;
                }[];
                promisedWorkdays: number;
                statutoryWorkdays: number;
              };
              materials: {
                contentType: string | null;
                copies: number | null;
                fileName: string | null;
                id: string;
                note: string | null;
                /** Format: date-time */
                receivedAt: string;
                round: number;
                sizeBytes: number | null;
                source: 'online' | 'paper';
                specCode: string;
                specName: string;
                url: string | null;
              }[];
              maxExtensionDays: number;
              notCounted: {
                basis: string;
                documentNumber: string;
                /** @description 日期 YYYY-MM-DD */
                expectedEnd: string | null;
                kind:
                  | 'hearing'
                  | 'tender'
                  | 'auction'
                  | 'inspection_test'
                  | 'testing'
                  | 'quarantine'
                  | 'appraisal'
                  | 'expert_review'
                  | 'site_check'
                  | 'public_notice';
                name: string;
                reason: string;
                /** Format: date-time */
                startedAt: string;
              } | null;
              noticeDone: boolean;
              /** Format: date-time */
              noticeEndsAt: string | null;
              noticeNeeded: {
                days: number;
              } | null;
              onTime: boolean | null;
              payments: {
                amountYuan: number;
                basis: string;
                driver: string | null;
                feeCode: string;
                feeName: string;
                id: string;
                /** Format: date-time */
                paidAt: string | null;
                receiptNo: string | null;
                status: 'due' | 'paid' | 'waived';
              }[];
              promisedWorkdays: number;
              receiptCode: string;
              receiptUrl: string;
              stage: 'acceptance' | 'completion' | 'review' | 'inspection' | 'notice' | 'issuing' | 'closed';
              stageLabel: string;
              status:
                | 'submitted'
                | 'completion_requested'
                | 'accepted'
                | 'under_review'
                | 'inspection'
                | 'public_notice'
                | 'approved'
                | 'completed'
                | 'not_accepted'
                | 'refused'
                | 'withdrawn'
                | 'revoked';
              statusLabel: string;
              /** Format: date-time */
              submittedAt: string;
              timeline: {
                actorName: string | null;
                /** Format: date-time */
                at: string;
                internalNote: string | null;
                kind: string;
                publicNote: string | null;
                seq: number;
                title: string;
                visible: boolean;
              }[];
              usedWorkdays: number | null;
              values: {
                [key: string]: unknown;
              };
              valueTexts: {
                label: string;
                name: string;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services/cases/{id}/withdrawal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 撤回申请（窗口代办） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 仍待受理但受理审查期限已届满（受理即按视为受理处理） */
              acceptanceOverdue: boolean;
              /** Format: date-time */
              acceptedAt: string | null;
              actions: (
                | 'accept'
                | 'notAccept'
                | 'requestCompletion'
                | 'supplementAtCounter'
                | 'startReview'
                | 'startInspection'
                | 'finishInspection'
                | 'startNotCounted'
                | 'finishNotCounted'
                | 'extend'
                | 'startNotice'
                | 'finishNotice'
                | 'decide'
                | 'issue'
                | 'assessFee'
                | 'recordPayment'
                | 'withdraw'
                | 'revoke'
              )[];
              applicant: {
                accountId: string | null;
                idMask: string | null;
                kind: 'citizen' | 'org';
                name: string;
                phoneMask: string | null;
              };
              certificate: {
                id: string | null;
                number: string;
                url: string | null;
              } | null;
              channel: 'online' | 'counter';
              classifyNote: string | null;
              clocks: {
                acceptance: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                certificate: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                promised: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                statutory: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
              };
              /** Format: date-time */
              closedAt: string | null;
              countyCode: string | null;
              /** Format: date-time */
              decidedAt: string | null;
              decision: ('approve' | 'refuse' | 'not_accept') | (never | null);
              /** @description 视为受理（行政许可法第三十二条）：受理审查期限届满未作决定 */
              deemedAccepted: boolean;
              documents: {
                id: string;
                /** Format: date-time */
                issuedAt: string;
                kind:
                  | 'not_accepted_notice'
                  | 'completion_notice'
                  | 'acceptance_notice'
                  | 'approval_decision'
                  | 'refusal_decision'
                  | 'not_counted_notice';
                number: string;
                /** @description 文书 PDF（书面告知可打印送达） */
                pdfUrl: string;
                title: string;
                url: string;
              }[];
              extensionDays: number;
              feesSettled: boolean;
              form: {
                materials: {
                  code: string;
                  formats: ('pdf' | 'jpg' | 'png')[];
                  name: string;
                  note?: string;
                  required: boolean;
                }[];
                sections: {
                  fields: {
                    help?: string;
                    label: string;
                    max?: number;
                    min?: number;
                    name: string;
                    options?: {
                      label: string;
                      value: string;
                    }[];
                    pattern?: string;
                    patternMessage?: string;
                    required?: boolean;
                    showIf?: {
                      field: string;
                      in: string[];
                    };
                    type:
                      | 'text'
                      | 'textarea'
                      | 'integer'
                      | 'number'
                      | 'date'
                      | 'select'
                      | 'radio'
                      | 'checkbox'
                      | 'county'
                      | 'idNumber'
                      | 'creditCode'
                      | 'phone';
                    unit?: string;
                  }[];
                  table?: {
                    columns: string[];
                    note?: string;
                  };
                  title: string;
                }[];
              };
              id: string;
              item: {
                code: string;
                fees: {
                  free: boolean;
                  lines: {
                    basis: string;
                    code: string;
                    name: string;
                    standard: string;
                  }[];
                  note?: string;
                };
                hasHandler: boolean;
                kind: 'on_the_spot' | 'promised';
                name: string;
                notCounted: {
                  basis: string;
                  confidence: string;
                  kind:
                    | 'hearing'
                    | 'tender'
                    | 'auction'
                    | 'inspection_test'
                    | 'testing'
                    | 'quarantine'
                    | 'appraisal'
                    | 'expert_review'
                    | 'site_check'
                    | 'public_notice';
                  name: string;
                }[];
                promisedWorkdays: number;
                statutoryWorkdays: number;
              };
              materials: {
                contentType: string | null;
                copies: number | null;
                fileName: string | null;
                id: string;
                note: string | null;
                /** Format: date-time */
                receivedAt: string;
                round: number;
                sizeBytes: number | null;
                source: 'online' | 'paper';
                specCode: string;
                specName: string;
                url: string | null;
              }[];
              maxExtensionDays: number;
              notCounted: {
                basis: string;
                documentNumber: string;
                /** @description 日期 YYYY-MM-DD */
                expectedEnd: string | null;
                kind:
                  | 'hearing'
                  | 'tender'
                  | 'auction'
                  | 'inspection_test'
                  | 'testing'
                  | 'quarantine'
                  | 'appraisal'
                  | 'expert_review'
                  | 'site_check'
                  | 'public_notice';
                name: string;
                reason: string;
                /** Format: date-time */
                startedAt: string;
              } | null;
              noticeDone: boolean;
              /** Format: date-time */
              noticeEndsAt: string | null;
              noticeNeeded: {
                days: number;
              } | null;
              onTime: boolean | null;
              payments: {
                amountYuan: number;
                basis: string;
                driver: string | null;
                feeCode: string;
                feeName: string;
                id: string;
                /** Format: date-time */
                paidAt: string | null;
                receiptNo: string | null;
                status: 'due' | 'paid' | 'waived';
              }[];
              promisedWorkdays: number;
              receiptCode: string;
              receiptUrl: string;
              stage: 'acceptance' | 'completion' | 'review' | 'inspection' | 'notice' | 'issuing' | 'closed';
              stageLabel: string;
              status:
                | 'submitted'
                | 'completion_requested'
                | 'accepted'
                | 'under_review'
                | 'inspection'
                | 'public_notice'
                | 'approved'
                | 'completed'
                | 'not_accepted'
                | 'refused'
                | 'withdrawn'
                | 'revoked';
              statusLabel: string;
              /** Format: date-time */
              submittedAt: string;
              timeline: {
                actorName: string | null;
                /** Format: date-time */
                at: string;
                internalNote: string | null;
                kind: string;
                publicNote: string | null;
                seq: number;
                title: string;
                visible: boolean;
              }[];
              usedWorkdays: number | null;
              values: {
                [key: string]: unknown;
              };
              valueTexts: {
                label: string;
                name: string;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services/counter/applicants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 窗口：按证件号查找申请人 */
    get: {
      parameters: {
        query: {
          creditCode?: string;
          idNumber?: string;
          kind: 'citizen' | 'org';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applicant: {
                accountId: string;
                creditCode: string | null;
                displayName: string;
                idNumberMask: string | null;
                kind: 'citizen' | 'org';
                phoneMask: string | null;
                username: string;
              } | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    /** 窗口：登记来访申请人（新建或关联公众账号） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            creditCode?: string;
            idNumber?: string;
            kind: 'citizen' | 'org';
            name: string;
            phone: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applicant: {
                accountId: string;
                creditCode: string | null;
                displayName: string;
                idNumberMask: string | null;
                kind: 'citizen' | 'org';
                phoneMask: string | null;
                username: string;
              };
              created: boolean;
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applicant: {
                accountId: string;
                creditCode: string | null;
                displayName: string;
                idNumberMask: string | null;
                kind: 'citizen' | 'org';
                phoneMask: string | null;
                username: string;
              };
              created: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services/counter/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 窗口：收件登记（可当场受理；登记、受理与答复在同一事务中。带同一 requestKey 的重复提交答复首次登记的办件，状态码 200） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            acceptNow?: boolean;
            /**
             * Format: uuid
             * @description UUID
             */
            applicantAccountId: string;
            itemCode: string;
            paper: {
              copies: number;
              note?: string;
              specCode: string;
            }[];
            /** @description 请求编号（幂等键）：表单打开时生成，重复提交时不变，同一编号只登记一次 */
            requestKey?: string;
            values: {
              [key: string]: string | number | boolean | (never | null) | string[];
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 仍待受理但受理审查期限已届满（受理即按视为受理处理） */
              acceptanceOverdue: boolean;
              /** Format: date-time */
              acceptedAt: string | null;
              actions: (
                | 'accept'
                | 'notAccept'
                | 'requestCompletion'
                | 'supplementAtCounter'
                | 'startReview'
                | 'startInspection'
                | 'finishInspection'
                | 'startNotCounted'
                | 'finishNotCounted'
                | 'extend'
                | 'startNotice'
                | 'finishNotice'
                | 'decide'
                | 'issue'
                | 'assessFee'
                | 'recordPayment'
                | 'withdraw'
                | 'revoke'
              )[];
              applicant: {
                accountId: string | null;
                idMask: string | null;
                kind: 'citizen' | 'org';
                name: string;
                phoneMask: string | null;
              };
              certificate: {
                id: string | null;
                number: string;
                url: string | null;
              } | null;
              channel: 'online' | 'counter';
              classifyNote: string | null;
              clocks: {
                acceptance: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                certificate: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                promised: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                statutory: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
              };
              /** Format: date-time */
              closedAt: string | null;
              countyCode: string | null;
              /** Format: date-time */
              decidedAt: string | null;
              decision: ('approve' | 'refuse' | 'not_accept') | (never | null);
              /** @description 视为受理（行政许可法第三十二条）：受理审查期限届满未作决定 */
              deemedAccepted: boolean;
              documents: {
                id: string;
                /** Format: date-time */
                issuedAt: string;
                kind:
                  | 'not_accepted_notice'
                  | 'completion_notice'
                  | 'acceptance_notice'
                  | 'approval_decision'
                  | 'refusal_decision'
                  | 'not_counted_notice';
                number: string;
                /** @description 文书 PDF（书面告知可打印送达） */
                pdfUrl: string;
                title: string;
                url: string;
              }[];
              extensionDays: number;
              feesSettled: boolean;
              form: {
                materials: {
                  code: string;
                  formats: ('pdf' | 'jpg' | 'png')[];
                  name: string;
                  note?: string;
                  required: boolean;
                }[];
                sections: {
                  fields: {
                    help?: string;
                    label: string;
                    max?: number;
                    min?: number;
                    name: string;
                    options?: {
                      label: string;
                      value: string;
                    }[];
                    pattern?: string;
                    patternMessage?: string;
                    required?: boolean;
                    showIf?: {
                      field: string;
                      in: string[];
                    };
                    type:
                      | 'text'
                      | 'textarea'
                      | 'integer'
                      | 'number'
                      | 'date'
                      | 'select'
                      | 'radio'
                      | 'checkbox'
                      | 'county'
                      | 'idNumber'
                      | 'creditCode'
                      | 'phone';
                    unit?: string;
                  }[];
                  table?: {
                    columns: string[];
                    note?: string;
                  };
                  title: string;
                }[];
              };
              id: string;
              item: {
                code: string;
                fees: {
                  free: boolean;
                  lines: {
                    basis: string;
                    code: string;
                    name: string;
                    standard: string;
                  }[];
                  note?: string;
                };
                hasHandler: boolean;
                kind: 'on_the_spot' | 'promised';
                name: string;
                notCounted: {
                  basis: string;
                  confidence: string;
                  kind:
                    | 'hearing'
                    | 'tender'
                    | 'auction'
                    | 'inspection_test'
                    | 'testing'
                    | 'quarantine'
                    | 'appraisal'
                    | 'expert_review'
                    | 'site_check'
                    | 'public_notice';
                  name: string;
                }[];
                promisedWorkdays: number;
                statutoryWorkdays: number;
              };
              materials: {
                contentType: string | null;
                copies: number | null;
                fileName: string | null;
                id: string;
                note: string | null;
                /** Format: date-time */
                receivedAt: string;
                round: number;
                sizeBytes: number | null;
                source: 'online' | 'paper';
                specCode: string;
                specName: string;
                url: string | null;
              }[];
              maxExtensionDays: number;
              notCounted: {
                basis: string;
                documentNumber: string;
                /** @description 日期 YYYY-MM-DD */
                expectedEnd: string | null;
                kind:
                  | 'hearing'
                  | 'tender'
                  | 'auction'
                  | 'inspection_test'
                  | 'testing'
                  | 'quarantine'
                  | 'appraisal'
                  | 'expert_review'
                  | 'site_check'
                  | 'public_notice';
                name: string;
                reason: string;
                /** Format: date-time */
                startedAt: string;
              } | null;
              noticeDone: boolean;
              /** Format: date-time */
              noticeEndsAt: string | null;
              noticeNeeded: {
                days: number;
              } | null;
              onTime: boolean | null;
              payments: {
                amountYuan: number;
                basis: string;
                driver: string | null;
                feeCode: string;
                feeName: string;
                id: string;
                /** Format: date-time */
                paidAt: string | null;
                receiptNo: string | null;
                status: 'due' | 'paid' | 'waived';
              }[];
              promisedWorkdays: number;
              receiptCode: string;
              receiptUrl: string;
              stage: 'acceptance' | 'completion' | 'review' | 'inspection' | 'notice' | 'issuing' | 'closed';
              stageLabel: string;
              status:
                | 'submitted'
                | 'completion_requested'
                | 'accepted'
                | 'under_review'
                | 'inspection'
                | 'public_notice'
                | 'approved'
                | 'completed'
                | 'not_accepted'
                | 'refused'
                | 'withdrawn'
                | 'revoked';
              statusLabel: string;
              /** Format: date-time */
              submittedAt: string;
              timeline: {
                actorName: string | null;
                /** Format: date-time */
                at: string;
                internalNote: string | null;
                kind: string;
                publicNote: string | null;
                seq: number;
                title: string;
                visible: boolean;
              }[];
              usedWorkdays: number | null;
              values: {
                [key: string]: unknown;
              };
              valueTexts: {
                label: string;
                name: string;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 仍待受理但受理审查期限已届满（受理即按视为受理处理） */
              acceptanceOverdue: boolean;
              /** Format: date-time */
              acceptedAt: string | null;
              actions: (
                | 'accept'
                | 'notAccept'
                | 'requestCompletion'
                | 'supplementAtCounter'
                | 'startReview'
                | 'startInspection'
                | 'finishInspection'
                | 'startNotCounted'
                | 'finishNotCounted'
                | 'extend'
                | 'startNotice'
                | 'finishNotice'
                | 'decide'
                | 'issue'
                | 'assessFee'
                | 'recordPayment'
                | 'withdraw'
                | 'revoke'
              )[];
              applicant: {
                accountId: string | null;
                idMask: string | null;
                kind: 'citizen' | 'org';
                name: string;
                phoneMask: string | null;
              };
              certificate: {
                id: string | null;
                number: string;
                url: string | null;
              } | null;
              channel: 'online' | 'counter';
              classifyNote: string | null;
              clocks: {
                acceptance: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                certificate: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                promised: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
                statutory: {
                  daysLeft: number | null;
                  /** Format: date-time */
                  dueAt: string | null;
                  dueError: string | null;
                  extensionWorkdays: number;
                  id: string;
                  label: string;
                  limit: number;
                  pausedWorkdays: number;
                  /** @description 届满日为暂定的原因，否则为 null */
                  provisional: string | null;
                  status: 'running' | 'paused' | 'stopped';
                  /** @description 届满日的计算说明 */
                  text: string;
                } | null;
              };
              /** Format: date-time */
              closedAt: string | null;
              countyCode: string | null;
              /** Format: date-time */
              decidedAt: string | null;
              decision: ('approve' | 'refuse' | 'not_accept') | (never | null);
              /** @description 视为受理（行政许可法第三十二条）：受理审查期限届满未作决定 */
              deemedAccepted: boolean;
              documents: {
                id: string;
                /** Format: date-time */
                issuedAt: string;
                kind:
                  | 'not_accepted_notice'
                  | 'completion_notice'
                  | 'acceptance_notice'
                  | 'approval_decision'
                  | 'refusal_decision'
                  | 'not_counted_notice';
                number: string;
                /** @description 文书 PDF（书面告知可打印送达） */
                pdfUrl: string;
                title: string;
                url: string;
              }[];
              extensionDays: number;
              feesSettled: boolean;
              form: {
                materials: {
                  code: string;
                  formats: ('pdf' | 'jpg' | 'png')[];
                  name: string;
                  note?: string;
                  required: boolean;
                }[];
                sections: {
                  fields: {
                    help?: string;
                    label: string;
                    max?: number;
                    min?: number;
                    name: string;
                    options?: {
                      label: string;
                      value: string;
                    }[];
                    pattern?: string;
                    patternMessage?: string;
                    required?: boolean;
                    showIf?: {
                      field: string;
                      in: string[];
                    };
                    type:
                      | 'text'
                      | 'textarea'
                      | 'integer'
                      | 'number'
                      | 'date'
                      | 'select'
                      | 'radio'
                      | 'checkbox'
                      | 'county'
                      | 'idNumber'
                      | 'creditCode'
                      | 'phone';
                    unit?: string;
                  }[];
                  table?: {
                    columns: string[];
                    note?: string;
                  };
                  title: string;
                }[];
              };
              id: string;
              item: {
                code: string;
                fees: {
                  free: boolean;
                  lines: {
                    basis: string;
                    code: string;
                    name: string;
                    standard: string;
                  }[];
                  note?: string;
                };
                hasHandler: boolean;
                kind: 'on_the_spot' | 'promised';
                name: string;
                notCounted: {
                  basis: string;
                  confidence: string;
                  kind:
                    | 'hearing'
                    | 'tender'
                    | 'auction'
                    | 'inspection_test'
                    | 'testing'
                    | 'quarantine'
                    | 'appraisal'
                    | 'expert_review'
                    | 'site_check'
                    | 'public_notice';
                  name: string;
                }[];
                promisedWorkdays: number;
                statutoryWorkdays: number;
              };
              materials: {
                contentType: string | null;
                copies: number | null;
                fileName: string | null;
                id: string;
                note: string | null;
                /** Format: date-time */
                receivedAt: string;
                round: number;
                sizeBytes: number | null;
                source: 'online' | 'paper';
                specCode: string;
                specName: string;
                url: string | null;
              }[];
              maxExtensionDays: number;
              notCounted: {
                basis: string;
                documentNumber: string;
                /** @description 日期 YYYY-MM-DD */
                expectedEnd: string | null;
                kind:
                  | 'hearing'
                  | 'tender'
                  | 'auction'
                  | 'inspection_test'
                  | 'testing'
                  | 'quarantine'
                  | 'appraisal'
                  | 'expert_review'
                  | 'site_check'
                  | 'public_notice';
                name: string;
                reason: string;
                /** Format: date-time */
                startedAt: string;
              } | null;
              noticeDone: boolean;
              /** Format: date-time */
              noticeEndsAt: string | null;
              noticeNeeded: {
                days: number;
              } | null;
              onTime: boolean | null;
              payments: {
                amountYuan: number;
                basis: string;
                driver: string | null;
                feeCode: string;
                feeName: string;
                id: string;
                /** Format: date-time */
                paidAt: string | null;
                receiptNo: string | null;
                status: 'due' | 'paid' | 'waived';
              }[];
              promisedWorkdays: number;
              receiptCode: string;
              receiptUrl: string;
              stage: 'acceptance' | 'completion' | 'review' | 'inspection' | 'notice' | 'issuing' | 'closed';
              stageLabel: string;
              status:
                | 'submitted'
                | 'completion_requested'
                | 'accepted'
                | 'under_review'
                | 'inspection'
                | 'public_notice'
                | 'approved'
                | 'completed'
                | 'not_accepted'
                | 'refused'
                | 'withdrawn'
                | 'revoked';
              statusLabel: string;
              /** Format: date-time */
              submittedAt: string;
              timeline: {
                actorName: string | null;
                /** Format: date-time */
                at: string;
                internalNote: string | null;
                kind: string;
                publicNote: string | null;
                seq: number;
                title: string;
                visible: boolean;
              }[];
              usedWorkdays: number | null;
              values: {
                [key: string]: unknown;
              };
              valueTexts: {
                label: string;
                name: string;
                text: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services/counter/queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 窗口：当日队列 */
    get: {
      parameters: {
        query?: {
          /** @description 日期 YYYY-MM-DD */
          day?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              day: string;
              items: {
                /** Format: date-time */
                acceptedAt: string | null;
                applicantIdMask: string | null;
                applicantName: string;
                channel: 'online' | 'counter';
                /** Format: date-time */
                closedAt: string | null;
                countyCode: string | null;
                /** @description 剩余工作日（0 为今日到期，负数为超期） */
                daysLeft: number | null;
                /** Format: date-time */
                dueAt: string | null;
                /** @description 届满日为暂定的原因（所跨年度放假安排尚未公布），否则为 null */
                dueProvisional: string | null;
                id: string;
                itemCode: string;
                itemName: string;
                onTime: boolean | null;
                phoneMask: string | null;
                /** Format: date-time */
                promisedDueAt: string | null;
                receiptCode: string;
                stage:
                  | 'acceptance'
                  | 'completion'
                  | 'review'
                  | 'inspection'
                  | 'notice'
                  | 'issuing'
                  | 'closed';
                stageLabel: string;
                status:
                  | 'submitted'
                  | 'completion_requested'
                  | 'accepted'
                  | 'under_review'
                  | 'inspection'
                  | 'public_notice'
                  | 'approved'
                  | 'completed'
                  | 'not_accepted'
                  | 'refused'
                  | 'withdrawn'
                  | 'revoked';
                statusLabel: string;
                /** Format: date-time */
                submittedAt: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services/counter/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 窗口：人员统计 */
    get: {
      parameters: {
        query: {
          /** @description 日期 YYYY-MM-DD */
          from: string;
          /** @description 日期 YYYY-MM-DD */
          to: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              from: string;
              staff: {
                accepted: number;
                actorId: string;
                completionRequests: number;
                name: string;
                notAccepted: number;
                payments: number;
                registered: number;
                supplements: number;
                total: number;
              }[];
              to: string;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services/home': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 工作台首页卡片：办件概况 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              nearDeadline: {
                /** Format: date-time */
                acceptedAt: string | null;
                applicantIdMask: string | null;
                applicantName: string;
                channel: 'online' | 'counter';
                /** Format: date-time */
                closedAt: string | null;
                countyCode: string | null;
                /** @description 剩余工作日（0 为今日到期，负数为超期） */
                daysLeft: number | null;
                /** Format: date-time */
                dueAt: string | null;
                /** @description 届满日为暂定的原因（所跨年度放假安排尚未公布），否则为 null */
                dueProvisional: string | null;
                id: string;
                itemCode: string;
                itemName: string;
                onTime: boolean | null;
                phoneMask: string | null;
                /** Format: date-time */
                promisedDueAt: string | null;
                receiptCode: string;
                stage:
                  | 'acceptance'
                  | 'completion'
                  | 'review'
                  | 'inspection'
                  | 'notice'
                  | 'issuing'
                  | 'closed';
                stageLabel: string;
                status:
                  | 'submitted'
                  | 'completion_requested'
                  | 'accepted'
                  | 'under_review'
                  | 'inspection'
                  | 'public_notice'
                  | 'approved'
                  | 'completed'
                  | 'not_accepted'
                  | 'refused'
                  | 'withdrawn'
                  | 'revoked';
                statusLabel: string;
                /** Format: date-time */
                submittedAt: string;
              }[];
              nearDeadlineWorkdays: number;
              overdue: number;
              receivedToday: number;
              stages: {
                acceptance?: number;
                closed?: number;
                completion?: number;
                inspection?: number;
                issuing?: number;
                notice?: number;
                review?: number;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 办事事项目录 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                active: boolean;
                audiences: ('citizen' | 'org')[];
                category: string;
                code: string;
                conditions: string;
                dataStatus: 'verified' | 'partially_verified' | 'reconstructed';
                fees: {
                  free: boolean;
                  lines: {
                    basis: string;
                    code: string;
                    name: string;
                    standard: string;
                  }[];
                  note?: string;
                };
                form: {
                  materials: {
                    code: string;
                    formats: ('pdf' | 'jpg' | 'png')[];
                    name: string;
                    note?: string;
                    required: boolean;
                  }[];
                  sections: {
                    fields: {
                      help?: string;
                      label: string;
                      max?: number;
                      min?: number;
                      name: string;
                      options?: {
                        label: string;
                        value: string;
                      }[];
                      pattern?: string;
                      patternMessage?: string;
                      required?: boolean;
                      showIf?: {
                        field: string;
                        in: string[];
                      };
                      type:
                        | 'text'
                        | 'textarea'
                        | 'integer'
                        | 'number'
                        | 'date'
                        | 'select'
                        | 'radio'
                        | 'checkbox'
                        | 'county'
                        | 'idNumber'
                        | 'creditCode'
                        | 'phone';
                      unit?: string;
                    }[];
                    table?: {
                      columns: string[];
                      note?: string;
                    };
                    title: string;
                  }[];
                };
                formEditable?: boolean;
                handlingUnitCode: string;
                hours: string;
                issuingLevels: string[];
                kind: 'on_the_spot' | 'promised';
                legalBasis: {
                  article: string;
                  confidence: string;
                  instrument: string;
                }[];
                lifeEvents: string[];
                name: string;
                phone: string;
                place: string;
                procedure: string[];
                promisedWorkdays: number;
                sort: number;
                statutoryWorkdays: number;
                topics: string[];
                /** Format: date-time */
                updatedAt: string;
                verificationNote: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services/items/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 办事事项（指南与表单） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 事项编码，如 LIC-01 */
          code: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              audiences: ('citizen' | 'org')[];
              category: string;
              code: string;
              conditions: string;
              dataStatus: 'verified' | 'partially_verified' | 'reconstructed';
              fees: {
                free: boolean;
                lines: {
                  basis: string;
                  code: string;
                  name: string;
                  standard: string;
                }[];
                note?: string;
              };
              form: {
                materials: {
                  code: string;
                  formats: ('pdf' | 'jpg' | 'png')[];
                  name: string;
                  note?: string;
                  required: boolean;
                }[];
                sections: {
                  fields: {
                    help?: string;
                    label: string;
                    max?: number;
                    min?: number;
                    name: string;
                    options?: {
                      label: string;
                      value: string;
                    }[];
                    pattern?: string;
                    patternMessage?: string;
                    required?: boolean;
                    showIf?: {
                      field: string;
                      in: string[];
                    };
                    type:
                      | 'text'
                      | 'textarea'
                      | 'integer'
                      | 'number'
                      | 'date'
                      | 'select'
                      | 'radio'
                      | 'checkbox'
                      | 'county'
                      | 'idNumber'
                      | 'creditCode'
                      | 'phone';
                    unit?: string;
                  }[];
                  table?: {
                    columns: string[];
                    note?: string;
                  };
                  title: string;
                }[];
              };
              formEditable?: boolean;
              handlingUnitCode: string;
              hours: string;
              issuingLevels: string[];
              kind: 'on_the_spot' | 'promised';
              legalBasis: {
                article: string;
                confidence: string;
                instrument: string;
              }[];
              lifeEvents: string[];
              name: string;
              phone: string;
              place: string;
              procedure: string[];
              promisedWorkdays: number;
              sort: number;
              statutoryWorkdays: number;
              topics: string[];
              /** Format: date-time */
              updatedAt: string;
              verificationNote: string;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改办事指南或表单定义 */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 事项编码，如 LIC-01 */
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            active?: boolean;
            conditions?: string;
            form?: {
              materials: {
                code: string;
                formats: ('pdf' | 'jpg' | 'png')[];
                name: string;
                note?: string;
                required: boolean;
              }[];
              sections: {
                fields: {
                  help?: string;
                  label: string;
                  max?: number;
                  min?: number;
                  name: string;
                  options?: {
                    label: string;
                    value: string;
                  }[];
                  pattern?: string;
                  patternMessage?: string;
                  required?: boolean;
                  showIf?: {
                    field: string;
                    in: string[];
                  };
                  type:
                    | 'text'
                    | 'textarea'
                    | 'integer'
                    | 'number'
                    | 'date'
                    | 'select'
                    | 'radio'
                    | 'checkbox'
                    | 'county'
                    | 'idNumber'
                    | 'creditCode'
                    | 'phone';
                  unit?: string;
                }[];
                title: string;
              }[];
            };
            hours?: string;
            kind?: 'on_the_spot' | 'promised';
            lifeEvents?: string[];
            name?: string;
            phone?: string;
            place?: string;
            procedure?: string[];
            promisedWorkdays?: number;
            topics?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              audiences: ('citizen' | 'org')[];
              category: string;
              code: string;
              conditions: string;
              dataStatus: 'verified' | 'partially_verified' | 'reconstructed';
              fees: {
                free: boolean;
                lines: {
                  basis: string;
                  code: string;
                  name: string;
                  standard: string;
                }[];
                note?: string;
              };
              form: {
                materials: {
                  code: string;
                  formats: ('pdf' | 'jpg' | 'png')[];
                  name: string;
                  note?: string;
                  required: boolean;
                }[];
                sections: {
                  fields: {
                    help?: string;
                    label: string;
                    max?: number;
                    min?: number;
                    name: string;
                    options?: {
                      label: string;
                      value: string;
                    }[];
                    pattern?: string;
                    patternMessage?: string;
                    required?: boolean;
                    showIf?: {
                      field: string;
                      in: string[];
                    };
                    type:
                      | 'text'
                      | 'textarea'
                      | 'integer'
                      | 'number'
                      | 'date'
                      | 'select'
                      | 'radio'
                      | 'checkbox'
                      | 'county'
                      | 'idNumber'
                      | 'creditCode'
                      | 'phone';
                    unit?: string;
                  }[];
                  table?: {
                    columns: string[];
                    note?: string;
                  };
                  title: string;
                }[];
              };
              formEditable?: boolean;
              handlingUnitCode: string;
              hours: string;
              issuingLevels: string[];
              kind: 'on_the_spot' | 'promised';
              legalBasis: {
                article: string;
                confidence: string;
                instrument: string;
              }[];
              lifeEvents: string[];
              name: string;
              phone: string;
              place: string;
              procedure: string[];
              promisedWorkdays: number;
              sort: number;
              statutoryWorkdays: number;
              topics: string[];
              /** Format: date-time */
              updatedAt: string;
              verificationNote: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/services/items/{code}/form/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 事项申请表的历史版本 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 事项编码，如 LIC-01 */
          code: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                fields: number;
                form: {
                  materials: {
                    code: string;
                    formats: ('pdf' | 'jpg' | 'png')[];
                    name: string;
                    note?: string;
                    required: boolean;
                  }[];
                  sections: {
                    fields: {
                      help?: string;
                      label: string;
                      max?: number;
                      min?: number;
                      name: string;
                      options?: {
                        label: string;
                        value: string;
                      }[];
                      pattern?: string;
                      patternMessage?: string;
                      required?: boolean;
                      showIf?: {
                        field: string;
                        in: string[];
                      };
                      type:
                        | 'text'
                        | 'textarea'
                        | 'integer'
                        | 'number'
                        | 'date'
                        | 'select'
                        | 'radio'
                        | 'checkbox'
                        | 'county'
                        | 'idNumber'
                        | 'creditCode'
                        | 'phone';
                      unit?: string;
                    }[];
                    table?: {
                      columns: string[];
                      note?: string;
                    };
                    title: string;
                  }[];
                };
                materials: number;
                note: string;
                /** Format: date-time */
                savedAt: string;
                savedByName: string;
                version: number;
              }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    /** 保存事项申请表（字段与材料），生成新版本 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 事项编码，如 LIC-01 */
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            form: {
              materials: {
                code: string;
                formats: ('pdf' | 'jpg' | 'png')[];
                name: string;
                note?: string;
                required: boolean;
              }[];
              sections: {
                fields: {
                  help?: string;
                  label: string;
                  max?: number;
                  min?: number;
                  name: string;
                  options?: {
                    label: string;
                    value: string;
                  }[];
                  pattern?: string;
                  patternMessage?: string;
                  required?: boolean;
                  showIf?: {
                    field: string;
                    in: string[];
                  };
                  type:
                    | 'text'
                    | 'textarea'
                    | 'integer'
                    | 'number'
                    | 'date'
                    | 'select'
                    | 'radio'
                    | 'checkbox'
                    | 'county'
                    | 'idNumber'
                    | 'creditCode'
                    | 'phone';
                  unit?: string;
                }[];
                title: string;
              }[];
            };
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              form: {
                materials: {
                  code: string;
                  formats: ('pdf' | 'jpg' | 'png')[];
                  name: string;
                  note?: string;
                  required: boolean;
                }[];
                sections: {
                  fields: {
                    help?: string;
                    label: string;
                    max?: number;
                    min?: number;
                    name: string;
                    options?: {
                      label: string;
                      value: string;
                    }[];
                    pattern?: string;
                    patternMessage?: string;
                    required?: boolean;
                    showIf?: {
                      field: string;
                      in: string[];
                    };
                    type:
                      | 'text'
                      | 'textarea'
                      | 'integer'
                      | 'number'
                      | 'date'
                      | 'select'
                      | 'radio'
                      | 'checkbox'
                      | 'county'
                      | 'idNumber'
                      | 'creditCode'
                      | 'phone';
                    unit?: string;
                  }[];
                  table?: {
                    columns: string[];
                    note?: string;
                  };
                  title: string;
                }[];
              };
              /** Format: date-time */
              savedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/services/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 办件统计 */
    get: {
      parameters: {
        query: {
          /** @description 日期 YYYY-MM-DD */
          from: string;
          itemCode?: string;
          /** @description 日期 YYYY-MM-DD */
          to: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              from: string;
              items: {
                approved: number;
                /** @description 平均工作日，保留一位小数 */
                averageWorkdays: number | null;
                decided: number;
                itemCode: string;
                itemName: string;
                onTime: number;
                /** @description 百分比，保留一位小数 */
                onTimeRate: number | null;
                received: number;
                receivedCounter: number;
                receivedOnline: number;
                refused: number;
              }[];
              to: string;
              totals: {
                approved: number;
                /** @description 平均工作日，保留一位小数 */
                averageWorkdays: number | null;
                decided: number;
                /** @description 百分比，保留一位小数 */
                onTimeRate: number | null;
                received: number;
                refused: number;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 系统设置列表（系统管理员） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                changed: boolean;
                default: boolean | number | string;
                description: string | null;
                key: string;
                label: string;
                max: number | null;
                min: number | null;
                type: 'integer' | 'string' | 'boolean';
                /** Format: date-time */
                updatedAt: string | null;
                updatedBy: string | null;
                updatedByName: string | null;
                value: boolean | number | string;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/settings/{key}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 修改一项系统设置（按定义校验，记入审计） */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          key: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            value: unknown;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              changed: boolean;
              default: boolean | number | string;
              description: string | null;
              key: string;
              label: string;
              max: number | null;
              min: number | null;
              type: 'integer' | 'string' | 'boolean';
              /** Format: date-time */
              updatedAt: string | null;
              updatedBy: string | null;
              updatedByName: string | null;
              value: boolean | number | string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    post?: never;
    /** 恢复一项系统设置的默认值（记入审计） */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              changed: boolean;
              default: boolean | number | string;
              description: string | null;
              key: string;
              label: string;
              max: number | null;
              min: number | null;
              type: 'integer' | 'string' | 'boolean';
              /** Format: date-time */
              updatedAt: string | null;
              updatedBy: string | null;
              updatedByName: string | null;
              value: boolean | number | string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/supervision/circular': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 督查通报：期限在本期内的事项按分管领导、牵头单位、来源统计，办结率及公式，超期事项点名（默认本季度） */
    get: {
      parameters: {
        query?: {
          /** @description YYYY-MM-DD */
          from?: string;
          /** @description YYYY-MM-DD */
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              byLeader: {
                closedLate: number;
                closedOnTime: number;
                closureRate: number | null;
                due: number;
                extended: number;
                key: string;
                label: string;
                onTimeRate: number | null;
                open: number;
                overdue: number;
                returned: number;
              }[];
              bySource: {
                closedLate: number;
                closedOnTime: number;
                closureRate: number | null;
                due: number;
                extended: number;
                key: string;
                label: string;
                onTimeRate: number | null;
                open: number;
                overdue: number;
                returned: number;
              }[];
              byUnit: {
                closedLate: number;
                closedOnTime: number;
                closureRate: number | null;
                due: number;
                extended: number;
                key: string;
                label: string;
                onTimeRate: number | null;
                open: number;
                overdue: number;
                returned: number;
              }[];
              formulas: {
                closureRate: string;
                onTimeRate: string;
              };
              from: string;
              overdue: {
                dueDay: string;
                escalation: number;
                id: string;
                leader: string;
                number: string;
                title: string;
                unit: string;
              }[];
              to: string;
              today: string;
              total: {
                closedLate: number;
                closedOnTime: number;
                closureRate: number | null;
                due: number;
                extended: number;
                key: string;
                label: string;
                onTimeRate: number | null;
                open: number;
                overdue: number;
                returned: number;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/supervision/circular.docx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 督查通报（Word 公文） */
    get: {
      parameters: {
        query?: {
          /** @description YYYY-MM-DD */
          from?: string;
          /** @description YYYY-MM-DD */
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 督查通报 docx */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/supervision/circular.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 督查通报（Excel 统计表） */
    get: {
      parameters: {
        query?: {
          /** @description YYYY-MM-DD */
          from?: string;
          /** @description YYYY-MM-DD */
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 督查通报 xlsx */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/supervision/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 督办事项看板与我的任务（按期限排序，红黄绿） */
    get: {
      parameters: {
        query?: {
          light?: string;
          page?: number;
          pageSize?: number;
          q?: string;
          source?: string;
          status?: string;
          view?: 'all' | 'unit' | 'leader' | 'office';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              board: {
                green: number;
                label: string;
                none: number;
                red: number;
                status: 'registered' | 'handling' | 'closure_review' | 'signoff' | 'closed';
                total: number;
                yellow: number;
              }[];
              items: {
                daysLeft: number | null;
                dueDay: string | null;
                escalation: number;
                escalationLabel: string;
                id: string;
                instructingLeaderName: string;
                leaderInChargeName: string;
                leadUnitId: string | null;
                leadUnitName: string;
                light: 'red' | 'yellow' | 'green' | 'none';
                lightLabel: string;
                number: string;
                parentId: string | null;
                percent: number;
                published: boolean;
                registeredDay: string;
                returnedCount: number;
                source:
                  | 'key_task'
                  | 'instruction'
                  | 'superior_doc'
                  | 'work_report'
                  | 'higher_supervision'
                  | 'meeting_decision'
                  | 'conference'
                  | 'speech';
                sourceLabel: string;
                status: 'registered' | 'handling' | 'closure_review' | 'signoff' | 'closed';
                statusLabel: string;
                target: string | null;
                title: string;
                urgency: 'ordinary' | 'urgent';
                urgencyLabel: string;
              }[];
              today: string;
              total: number;
              warnDays: number;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    /** 立项（可同时交办）；可能重复的事项一并列出 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            coUnitIds?: string[];
            /** @description YYYY-MM-DD */
            dueDay?: string | null;
            /**
             * Format: uuid
             * @description UUID
             */
            instructingLeaderId?: string | null;
            /**
             * Format: uuid
             * @description UUID
             */
            leadUnitId?: string;
            milestones?: {
              /** @description YYYY-MM-DD */
              dueDay: string;
              title: string;
            }[];
            /**
             * Format: uuid
             * @description UUID
             */
            parentId?: string | null;
            published?: boolean;
            reportCycle?: 'none' | 'monthly' | 'quarterly';
            responsiblePerson?: string;
            source:
              | 'key_task'
              | 'instruction'
              | 'superior_doc'
              | 'work_report'
              | 'higher_supervision'
              | 'meeting_decision'
              | 'conference'
              | 'speech';
            sourceDoc?: string;
            sourceFile?: {
              /**
               * Format: uuid
               * @description UUID
               */
              fileId: string;
              name: string;
            } | null;
            sourceText?: string;
            target?: {
              label: string;
              unit: string;
              value: number;
            } | null;
            title: string;
            urgency?: 'ordinary' | 'urgent';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              duplicates: {
                id: string;
                number: string;
                title: string;
                why: string;
              }[];
              item: {
                bulletinId: string | null;
                children: {
                  daysLeft: number | null;
                  dueDay: string | null;
                  escalation: number;
                  escalationLabel: string;
                  id: string;
                  instructingLeaderName: string;
                  leaderInChargeName: string;
                  leadUnitId: string | null;
                  leadUnitName: string;
                  light: 'red' | 'yellow' | 'green' | 'none';
                  lightLabel: string;
                  number: string;
                  parentId: string | null;
                  percent: number;
                  published: boolean;
                  registeredDay: string;
                  returnedCount: number;
                  source:
                    | 'key_task'
                    | 'instruction'
                    | 'superior_doc'
                    | 'work_report'
                    | 'higher_supervision'
                    | 'meeting_decision'
                    | 'conference'
                    | 'speech';
                  sourceLabel: string;
                  status: 'registered' | 'handling' | 'closure_review' | 'signoff' | 'closed';
                  statusLabel: string;
                  target: string | null;
                  title: string;
                  urgency: 'ordinary' | 'urgent';
                  urgencyLabel: string;
                }[];
                clock: {
                  clockId: string;
                  dueDay: string | null;
                  explanation: string;
                  provisional: string | null;
                  status: string;
                } | null;
                closedAt: string | null;
                closedOnTime: boolean | null;
                daysLeft: number | null;
                dueDay: string | null;
                dueRule: string;
                escalation: number;
                escalationLabel: string;
                extensionCount: number;
                extensions: {
                  decidedAt: string | null;
                  decidedByName: string;
                  decisionComment: string;
                  fromDay: string;
                  id: string;
                  newDueDay: string | null;
                  reason: string;
                  requestedAt: string;
                  requestedByName: string;
                  status: 'pending' | 'approved' | 'refused';
                  statusLabel: string;
                  toDay: string;
                  unitName: string;
                }[];
                id: string;
                instructingLeaderName: string;
                leaderInChargeName: string;
                leadUnitId: string | null;
                leadUnitName: string;
                light: 'red' | 'yellow' | 'green' | 'none';
                lightLabel: string;
                may: {
                  assign: boolean;
                  comment: boolean;
                  contribute: boolean;
                  decideExtension: boolean;
                  publish: boolean;
                  reopen: boolean;
                  report: boolean;
                  requestExtension: boolean;
                  review: boolean;
                  signOff: boolean;
                };
                milestones: {
                  done: boolean;
                  dueDay: string;
                  title: string;
                }[];
                number: string;
                parent: {
                  id: string;
                  number: string;
                  title: string;
                } | null;
                parentId: string | null;
                percent: number;
                published: boolean;
                reachedValue: number | null;
                registeredDay: string;
                reopenedCount: number;
                reportCycle: 'none' | 'monthly' | 'quarterly';
                reportCycleLabel: string;
                reports: {
                  attachments: {
                    /**
                     * Format: uuid
                     * @description UUID
                     */
                    fileId: string;
                    name: string;
                  }[];
                  id: string;
                  kind: 'progress' | 'completion' | 'contribution';
                  kindLabel: string;
                  nextSteps: string;
                  percent: number | null;
                  problems: string;
                  progress: string;
                  publicNote: string;
                  reachedValue: number | null;
                  reviewComment: string;
                  reviewedAt: string | null;
                  status: 'submitted' | 'accepted' | 'returned';
                  statusLabel: string;
                  submittedAt: string;
                  submittedByName: string;
                  unitName: string;
                }[];
                responsiblePerson: string;
                result: string;
                returnedCount: number;
                source:
                  | 'key_task'
                  | 'instruction'
                  | 'superior_doc'
                  | 'work_report'
                  | 'higher_supervision'
                  | 'meeting_decision'
                  | 'conference'
                  | 'speech';
                sourceDoc: string;
                sourceFile: {
                  /**
                   * Format: uuid
                   * @description UUID
                   */
                  fileId: string;
                  name: string;
                } | null;
                sourceLabel: string;
                sourceText: string;
                status: 'registered' | 'handling' | 'closure_review' | 'signoff' | 'closed';
                statusLabel: string;
                target: string | null;
                targetLabel: string;
                targetUnit: string;
                targetValue: number | null;
                timeline: {
                  actorName: string | null;
                  at: string;
                  kind: string;
                  note: string | null;
                  seq: number;
                  staffNote: string | null;
                  text: string;
                }[];
                title: string;
                units: {
                  name: string;
                  role: 'lead' | 'co';
                  unitId: string;
                }[];
                urgency: 'ordinary' | 'urgent';
                urgencyLabel: string;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/supervision/items/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 督办事项详情：单位、报告、时间线、期限与可办理的步骤 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bulletinId: string | null;
              children: {
                daysLeft: number | null;
                dueDay: string | null;
                escalation: number;
                escalationLabel: string;
                id: string;
                instructingLeaderName: string;
                leaderInChargeName: string;
                leadUnitId: string | null;
                leadUnitName: string;
                light: 'red' | 'yellow' | 'green' | 'none';
                lightLabel: string;
                number: string;
                parentId: string | null;
                percent: number;
                published: boolean;
                registeredDay: string;
                returnedCount: number;
                source:
                  | 'key_task'
                  | 'instruction'
                  | 'superior_doc'
                  | 'work_report'
                  | 'higher_supervision'
                  | 'meeting_decision'
                  | 'conference'
                  | 'speech';
                sourceLabel: string;
                status: 'registered' | 'handling' | 'closure_review' | 'signoff' | 'closed';
                statusLabel: string;
                target: string | null;
                title: string;
                urgency: 'ordinary' | 'urgent';
                urgencyLabel: string;
              }[];
              clock: {
                clockId: string;
                dueDay: string | null;
                explanation: string;
                provisional: string | null;
                status: string;
              } | null;
              closedAt: string | null;
              closedOnTime: boolean | null;
              daysLeft: number | null;
              dueDay: string | null;
              dueRule: string;
              escalation: number;
              escalationLabel: string;
              extensionCount: number;
              extensions: {
                decidedAt: string | null;
                decidedByName: string;
                decisionComment: string;
                fromDay: string;
                id: string;
                newDueDay: string | null;
                reason: string;
                requestedAt: string;
                requestedByName: string;
                status: 'pending' | 'approved' | 'refused';
                statusLabel: string;
                toDay: string;
                unitName: string;
              }[];
              id: string;
              instructingLeaderName: string;
              leaderInChargeName: string;
              leadUnitId: string | null;
              leadUnitName: string;
              light: 'red' | 'yellow' | 'green' | 'none';
              lightLabel: string;
              may: {
                assign: boolean;
                comment: boolean;
                contribute: boolean;
                decideExtension: boolean;
                publish: boolean;
                reopen: boolean;
                report: boolean;
                requestExtension: boolean;
                review: boolean;
                signOff: boolean;
              };
              milestones: {
                done: boolean;
                dueDay: string;
                title: string;
              }[];
              number: string;
              parent: {
                id: string;
                number: string;
                title: string;
              } | null;
              parentId: string | null;
              percent: number;
              published: boolean;
              reachedValue: number | null;
              registeredDay: string;
              reopenedCount: number;
              reportCycle: 'none' | 'monthly' | 'quarterly';
              reportCycleLabel: string;
              reports: {
                attachments: {
                  /**
                   * Format: uuid
                   * @description UUID
                   */
                  fileId: string;
                  name: string;
                }[];
                id: string;
                kind: 'progress' | 'completion' | 'contribution';
                kindLabel: string;
                nextSteps: string;
                percent: number | null;
                problems: string;
                progress: string;
                publicNote: string;
                reachedValue: number | null;
                reviewComment: string;
                reviewedAt: string | null;
                status: 'submitted' | 'accepted' | 'returned';
                statusLabel: string;
                submittedAt: string;
                submittedByName: string;
                unitName: string;
              }[];
              responsiblePerson: string;
              result: string;
              returnedCount: number;
              source:
                | 'key_task'
                | 'instruction'
                | 'superior_doc'
                | 'work_report'
                | 'higher_supervision'
                | 'meeting_decision'
                | 'conference'
                | 'speech';
              sourceDoc: string;
              sourceFile: {
                /**
                 * Format: uuid
                 * @description UUID
                 */
                fileId: string;
                name: string;
              } | null;
              sourceLabel: string;
              sourceText: string;
              status: 'registered' | 'handling' | 'closure_review' | 'signoff' | 'closed';
              statusLabel: string;
              target: string | null;
              targetLabel: string;
              targetUnit: string;
              targetValue: number | null;
              timeline: {
                actorName: string | null;
                at: string;
                kind: string;
                note: string | null;
                seq: number;
                staffNote: string | null;
                text: string;
              }[];
              title: string;
              units: {
                name: string;
                role: 'lead' | 'co';
                unitId: string;
              }[];
              urgency: 'ordinary' | 'urgent';
              urgencyLabel: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/supervision/items/{id}/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 交办：牵头单位、协办单位、责任人、节点与期限 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            coUnitIds?: string[];
            /** @description YYYY-MM-DD */
            dueDay?: string | null;
            /**
             * Format: uuid
             * @description UUID
             */
            leadUnitId: string;
            milestones?: {
              /** @description YYYY-MM-DD */
              dueDay: string;
              title: string;
            }[];
            reportCycle?: 'none' | 'monthly' | 'quarterly';
            responsiblePerson?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bulletinId: string | null;
              children: {
                daysLeft: number | null;
                dueDay: string | null;
                escalation: number;
                escalationLabel: string;
                id: string;
                instructingLeaderName: string;
                leaderInChargeName: string;
                leadUnitId: string | null;
                leadUnitName: string;
                light: 'red' | 'yellow' | 'green' | 'none';
                lightLabel: string;
                number: string;
                parentId: string | null;
                percent: number;
                published: boolean;
                registeredDay: string;
                returnedCount: number;
                source:
                  | 'key_task'
                  | 'instruction'
                  | 'superior_doc'
                  | 'work_report'
                  | 'higher_supervision'
                  | 'meeting_decision'
                  | 'conference'
                  | 'speech';
                sourceLabel: string;
                status: 'registered' | 'handling' | 'closure_review' | 'signoff' | 'closed';
                statusLabel: string;
                target: string | null;
                title: string;
                urgency: 'ordinary' | 'urgent';
                urgencyLabel: string;
              }[];
              clock: {
                clockId: string;
                dueDay: string | null;
                explanation: string;
                provisional: string | null;
                status: string;
              } | null;
              closedAt: string | null;
              closedOnTime: boolean | null;
              daysLeft: number | null;
              dueDay: string | null;
              dueRule: string;
              escalation: number;
              escalationLabel: string;
              extensionCount: number;
              extensions: {
                decidedAt: string | null;
                decidedByName: string;
                decisionComment: string;
                fromDay: string;
                id: string;
                newDueDay: string | null;
                reason: string;
                requestedAt: string;
                requestedByName: string;
                status: 'pending' | 'approved' | 'refused';
                statusLabel: string;
                toDay: string;
                unitName: string;
              }[];
              id: string;
              instructingLeaderName: string;
              leaderInChargeName: string;
              leadUnitId: string | null;
              leadUnitName: string;
              light: 'red' | 'yellow' | 'green' | 'none';
              lightLabel: string;
              may: {
                assign: boolean;
                comment: boolean;
                contribute: boolean;
                decideExtension: boolean;
                publish: boolean;
                reopen: boolean;
                report: boolean;
                requestExtension: boolean;
                review: boolean;
                signOff: boolean;
              };
              milestones: {
                done: boolean;
                dueDay: string;
                title: string;
              }[];
              number: string;
              parent: {
                id: string;
                number: string;
                title: string;
              } | null;
              parentId: string | null;
              percent: number;
              published: boolean;
              reachedValue: number | null;
              registeredDay: string;
              reopenedCount: number;
              reportCycle: 'none' | 'monthly' | 'quarterly';
              reportCycleLabel: string;
              reports: {
                attachments: {
                  /**
                   * Format: uuid
                   * @description UUID
                   */
                  fileId: string;
                  name: string;
                }[];
                id: string;
                kind: 'progress' | 'completion' | 'contribution';
                kindLabel: string;
                nextSteps: string;
                percent: number | null;
                problems: string;
                progress: string;
                publicNote: string;
                reachedValue: number | null;
                reviewComment: string;
                reviewedAt: string | null;
                status: 'submitted' | 'accepted' | 'returned';
                statusLabel: string;
                submittedAt: string;
                submittedByName: string;
                unitName: string;
              }[];
              responsiblePerson: string;
              result: string;
              returnedCount: number;
              source:
                | 'key_task'
                | 'instruction'
                | 'superior_doc'
                | 'work_report'
                | 'higher_supervision'
                | 'meeting_decision'
                | 'conference'
                | 'speech';
              sourceDoc: string;
              sourceFile: {
                /**
                 * Format: uuid
                 * @description UUID
                 */
                fileId: string;
                name: string;
              } | null;
              sourceLabel: string;
              sourceText: string;
              status: 'registered' | 'handling' | 'closure_review' | 'signoff' | 'closed';
              statusLabel: string;
              target: string | null;
              targetLabel: string;
              targetUnit: string;
              targetValue: number | null;
              timeline: {
                actorName: string | null;
                at: string;
                kind: string;
                note: string | null;
                seq: number;
                staffNote: string | null;
                text: string;
              }[];
              title: string;
              units: {
                name: string;
                role: 'lead' | 'co';
                unitId: string;
              }[];
              urgency: 'ordinary' | 'urgent';
              urgencyLabel: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/supervision/items/{id}/comments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 领导批示意见 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            text?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bulletinId: string | null;
              children: {
                daysLeft: number | null;
                dueDay: string | null;
                escalation: number;
                escalationLabel: string;
                id: string;
                instructingLeaderName: string;
                leaderInChargeName: string;
                leadUnitId: string | null;
                leadUnitName: string;
                light: 'red' | 'yellow' | 'green' | 'none';
                lightLabel: string;
                number: string;
                parentId: string | null;
                percent: number;
                published: boolean;
                registeredDay: string;
                returnedCount: number;
                source:
                  | 'key_task'
                  | 'instruction'
                  | 'superior_doc'
                  | 'work_report'
                  | 'higher_supervision'
                  | 'meeting_decision'
                  | 'conference'
                  | 'speech';
                sourceLabel: string;
                status: 'registered' | 'handling' | 'closure_review' | 'signoff' | 'closed';
                statusLabel: string;
                target: string | null;
                title: string;
                urgency: 'ordinary' | 'urgent';
                urgencyLabel: string;
              }[];
              clock: {
                clockId: string;
                dueDay: string | null;
                explanation: string;
                provisional: string | null;
                status: string;
              } | null;
              closedAt: string | null;
              closedOnTime: boolean | null;
              daysLeft: number | null;
              dueDay: string | null;
              dueRule: string;
              escalation: number;
              escalationLabel: string;
              extensionCount: number;
              extensions: {
                decidedAt: string | null;
                decidedByName: string;
                decisionComment: string;
                fromDay: string;
                id: string;
                newDueDay: string | null;
                reason: string;
                requestedAt: string;
                requestedByName: string;
                status: 'pending' | 'approved' | 'refused';
                statusLabel: string;
                toDay: string;
                unitName: string;
              }[];
              id: string;
              instructingLeaderName: string;
              leaderInChargeName: string;
              leadUnitId: string | null;
              leadUnitName: string;
              light: 'red' | 'yellow' | 'green' | 'none';
              lightLabel: string;
              may: {
                assign: boolean;
                comment: boolean;
                contribute: boolean;
                decideExtension: boolean;
                publish: boolean;
                reopen: boolean;
                report: boolean;
                requestExtension: boolean;
                review: boolean;
                signOff: boolean;
              };
              milestones: {
                done: boolean;
                dueDay: string;
                title: string;
              }[];
              number: string;
              parent: {
                id: string;
                number: string;
                title: string;
              } | null;
              parentId: string | null;
              percent: number;
              published: boolean;
              reachedValue: number | null;
              registeredDay: string;
              reopenedCount: number;
              reportCycle: 'none' | 'monthly' | 'quarterly';
              reportCycleLabel: string;
              reports: {
                attachments: {
                  /**
                   * Format: uuid
                   * @description UUID
                   */
                  fileId: string;
                  name: string;
                }[];
                id: string;
                kind: 'progress' | 'completion' | 'contribution';
                kindLabel: string;
                nextSteps: string;
                percent: number | null;
                problems: string;
                progress: string;
                publicNote: string;
                reachedValue: number | null;
                reviewComment: string;
                reviewedAt: string | null;
                status: 'submitted' | 'accepted' | 'returned';
                statusLabel: string;
                submittedAt: string;
                submittedByName: string;
                unitName: string;
              }[];
              responsiblePerson: string;
              result: string;
              returnedCount: number;
              source:
                | 'key_task'
                | 'instruction'
                | 'superior_doc'
                | 'work_report'
                | 'higher_supervision'
                | 'meeting_decision'
                | 'conference'
                | 'speech';
              sourceDoc: string;
              sourceFile: {
                /**
                 * Format: uuid
                 * @description UUID
                 */
                fileId: string;
                name: string;
              } | null;
              sourceLabel: string;
              sourceText: string;
              status: 'registered' | 'handling' | 'closure_review' | 'signoff' | 'closed';
              statusLabel: string;
              target: string | null;
              targetLabel: string;
              targetUnit: string;
              targetValue: number | null;
              timeline: {
                actorName: string | null;
                at: string;
                kind: string;
                note: string | null;
                seq: number;
                staffNote: string | null;
                text: string;
              }[];
              title: string;
              units: {
                name: string;
                role: 'lead' | 'co';
                unitId: string;
              }[];
              urgency: 'ordinary' | 'urgent';
              urgencyLabel: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/supervision/items/{id}/extensions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 申请延期（牵头单位，办理期限届满前，写明理由和延期至的日期） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason?: string;
            /** @description YYYY-MM-DD */
            toDay?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bulletinId: string | null;
              children: {
                daysLeft: number | null;
                dueDay: string | null;
                escalation: number;
                escalationLabel: string;
                id: string;
                instructingLeaderName: string;
                leaderInChargeName: string;
                leadUnitId: string | null;
                leadUnitName: string;
                light: 'red' | 'yellow' | 'green' | 'none';
                lightLabel: string;
                number: string;
                parentId: string | null;
                percent: number;
                published: boolean;
                registeredDay: string;
                returnedCount: number;
                source:
                  | 'key_task'
                  | 'instruction'
                  | 'superior_doc'
                  | 'work_report'
                  | 'higher_supervision'
                  | 'meeting_decision'
                  | 'conference'
                  | 'speech';
                sourceLabel: string;
                status: 'registered' | 'handling' | 'closure_review' | 'signoff' | 'closed';
                statusLabel: string;
                target: string | null;
                title: string;
                urgency: 'ordinary' | 'urgent';
                urgencyLabel: string;
              }[];
              clock: {
                clockId: string;
                dueDay: string | null;
                explanation: string;
                provisional: string | null;
                status: string;
              } | null;
              closedAt: string | null;
              closedOnTime: boolean | null;
              daysLeft: number | null;
              dueDay: string | null;
              dueRule: string;
              escalation: number;
              escalationLabel: string;
              extensionCount: number;
              extensions: {
                decidedAt: string | null;
                decidedByName: string;
                decisionComment: string;
                fromDay: string;
                id: string;
                newDueDay: string | null;
                reason: string;
                requestedAt: string;
                requestedByName: string;
                status: 'pending' | 'approved' | 'refused';
                statusLabel: string;
                toDay: string;
                unitName: string;
              }[];
              id: string;
              instructingLeaderName: string;
              leaderInChargeName: string;
              leadUnitId: string | null;
              leadUnitName: string;
              light: 'red' | 'yellow' | 'green' | 'none';
              lightLabel: string;
              may: {
                assign: boolean;
                comment: boolean;
                contribute: boolean;
                decideExtension: boolean;
                publish: boolean;
                reopen: boolean;
                report: boolean;
                requestExtension: boolean;
                review: boolean;
                signOff: boolean;
              };
              milestones: {
                done: boolean;
                dueDay: string;
                title: string;
              }[];
              number: string;
              parent: {
                id: string;
                number: string;
                title: string;
              } | null;
              parentId: string | null;
              percent: number;
              published: boolean;
              reachedValue: number | null;
              registeredDay: string;
              reopenedCount: number;
              reportCycle: 'none' | 'monthly' | 'quarterly';
              reportCycleLabel: string;
              reports: {
                attachments: {
                  /**
                   * Format: uuid
                   * @description UUID
                   */
                  fileId: string;
                  name: string;
                }[];
                id: string;
                kind: 'progress' | 'completion' | 'contribution';
                kindLabel: string;
                nextSteps: string;
                percent: number | null;
                problems: string;
                progress: string;
                publicNote: string;
                reachedValue: number | null;
                reviewComment: string;
                reviewedAt: string | null;
                status: 'submitted' | 'accepted' | 'returned';
                statusLabel: string;
                submittedAt: string;
                submittedByName: string;
                unitName: string;
              }[];
              responsiblePerson: string;
              result: string;
              returnedCount: number;
              source:
                | 'key_task'
                | 'instruction'
                | 'superior_doc'
                | 'work_report'
                | 'higher_supervision'
                | 'meeting_decision'
                | 'conference'
                | 'speech';
              sourceDoc: string;
              sourceFile: {
                /**
                 * Format: uuid
                 * @description UUID
                 */
                fileId: string;
                name: string;
              } | null;
              sourceLabel: string;
              sourceText: string;
              status: 'registered' | 'handling' | 'closure_review' | 'signoff' | 'closed';
              statusLabel: string;
              target: string | null;
              targetLabel: string;
              targetUnit: string;
              targetValue: number | null;
              timeline: {
                actorName: string | null;
                at: string;
                kind: string;
                note: string | null;
                seq: number;
                staffNote: string | null;
                text: string;
              }[];
              title: string;
              units: {
                name: string;
                role: 'lead' | 'co';
                unitId: string;
              }[];
              urgency: 'ordinary' | 'urgent';
              urgencyLabel: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/supervision/items/{id}/extensions/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 分管厅领导审批延期申请：同意（办理期限随之延长）或不同意（写明意见） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            comment?: string;
            decision: 'approve' | 'refuse';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bulletinId: string | null;
              children: {
                daysLeft: number | null;
                dueDay: string | null;
                escalation: number;
                escalationLabel: string;
                id: string;
                instructingLeaderName: string;
                leaderInChargeName: string;
                leadUnitId: string | null;
                leadUnitName: string;
                light: 'red' | 'yellow' | 'green' | 'none';
                lightLabel: string;
                number: string;
                parentId: string | null;
                percent: number;
                published: boolean;
                registeredDay: string;
                returnedCount: number;
                source:
                  | 'key_task'
                  | 'instruction'
                  | 'superior_doc'
                  | 'work_report'
                  | 'higher_supervision'
                  | 'meeting_decision'
                  | 'conference'
                  | 'speech';
                sourceLabel: string;
                status: 'registered' | 'handling' | 'closure_review' | 'signoff' | 'closed';
                statusLabel: string;
                target: string | null;
                title: string;
                urgency: 'ordinary' | 'urgent';
                urgencyLabel: string;
              }[];
              clock: {
                clockId: string;
                dueDay: string | null;
                explanation: string;
                provisional: string | null;
                status: string;
              } | null;
              closedAt: string | null;
              closedOnTime: boolean | null;
              daysLeft: number | null;
              dueDay: string | null;
              dueRule: string;
              escalation: number;
              escalationLabel: string;
              extensionCount: number;
              extensions: {
                decidedAt: string | null;
                decidedByName: string;
                decisionComment: string;
                fromDay: string;
                id: string;
                newDueDay: string | null;
                reason: string;
                requestedAt: string;
                requestedByName: string;
                status: 'pending' | 'approved' | 'refused';
                statusLabel: string;
                toDay: string;
                unitName: string;
              }[];
              id: string;
              instructingLeaderName: string;
              leaderInChargeName: string;
              leadUnitId: string | null;
              leadUnitName: string;
              light: 'red' | 'yellow' | 'green' | 'none';
              lightLabel: string;
              may: {
                assign: boolean;
                comment: boolean;
                contribute: boolean;
                decideExtension: boolean;
                publish: boolean;
                reopen: boolean;
                report: boolean;
                requestExtension: boolean;
                review: boolean;
                signOff: boolean;
              };
              milestones: {
                done: boolean;
                dueDay: string;
                title: string;
              }[];
              number: string;
              parent: {
                id: string;
                number: string;
                title: string;
              } | null;
              parentId: string | null;
              percent: number;
              published: boolean;
              reachedValue: number | null;
              registeredDay: string;
              reopenedCount: number;
              reportCycle: 'none' | 'monthly' | 'quarterly';
              reportCycleLabel: string;
              reports: {
                attachments: {
                  /**
                   * Format: uuid
                   * @description UUID
                   */
                  fileId: string;
                  name: string;
                }[];
                id: string;
                kind: 'progress' | 'completion' | 'contribution';
                kindLabel: string;
                nextSteps: string;
                percent: number | null;
                problems: string;
                progress: string;
                publicNote: string;
                reachedValue: number | null;
                reviewComment: string;
                reviewedAt: string | null;
                status: 'submitted' | 'accepted' | 'returned';
                statusLabel: string;
                submittedAt: string;
                submittedByName: string;
                unitName: string;
              }[];
              responsiblePerson: string;
              result: string;
              returnedCount: number;
              source:
                | 'key_task'
                | 'instruction'
                | 'superior_doc'
                | 'work_report'
                | 'higher_supervision'
                | 'meeting_decision'
                | 'conference'
                | 'speech';
              sourceDoc: string;
              sourceFile: {
                /**
                 * Format: uuid
                 * @description UUID
                 */
                fileId: string;
                name: string;
              } | null;
              sourceLabel: string;
              sourceText: string;
              status: 'registered' | 'handling' | 'closure_review' | 'signoff' | 'closed';
              statusLabel: string;
              target: string | null;
              targetLabel: string;
              targetUnit: string;
              targetValue: number | null;
              timeline: {
                actorName: string | null;
                at: string;
                kind: string;
                note: string | null;
                seq: number;
                staffNote: string | null;
                text: string;
              }[];
              title: string;
              units: {
                name: string;
                role: 'lead' | 'co';
                unitId: string;
              }[];
              urgency: 'ordinary' | 'urgent';
              urgencyLabel: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/supervision/items/{id}/notice.docx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 督查通知（Word 公文，交办后） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 督查通知（Word 公文，交办后） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/supervision/items/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 重点工作在网站“重点工作”栏目公开或撤回（公开目标、牵头单位、状态、进度和标记公开的进展说明） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            published: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bulletinId: string | null;
              children: {
                daysLeft: number | null;
                dueDay: string | null;
                escalation: number;
                escalationLabel: string;
                id: string;
                instructingLeaderName: string;
                leaderInChargeName: string;
                leadUnitId: string | null;
                leadUnitName: string;
                light: 'red' | 'yellow' | 'green' | 'none';
                lightLabel: string;
                number: string;
                parentId: string | null;
                percent: number;
                published: boolean;
                registeredDay: string;
                returnedCount: number;
                source:
                  | 'key_task'
                  | 'instruction'
                  | 'superior_doc'
                  | 'work_report'
                  | 'higher_supervision'
                  | 'meeting_decision'
                  | 'conference'
                  | 'speech';
                sourceLabel: string;
                status: 'registered' | 'handling' | 'closure_review' | 'signoff' | 'closed';
                statusLabel: string;
                target: string | null;
                title: string;
                urgency: 'ordinary' | 'urgent';
                urgencyLabel: string;
              }[];
              clock: {
                clockId: string;
                dueDay: string | null;
                explanation: string;
                provisional: string | null;
                status: string;
              } | null;
              closedAt: string | null;
              closedOnTime: boolean | null;
              daysLeft: number | null;
              dueDay: string | null;
              dueRule: string;
              escalation: number;
              escalationLabel: string;
              extensionCount: number;
              extensions: {
                decidedAt: string | null;
                decidedByName: string;
                decisionComment: string;
                fromDay: string;
                id: string;
                newDueDay: string | null;
                reason: string;
                requestedAt: string;
                requestedByName: string;
                status: 'pending' | 'approved' | 'refused';
                statusLabel: string;
                toDay: string;
                unitName: string;
              }[];
              id: string;
              instructingLeaderName: string;
              leaderInChargeName: string;
              leadUnitId: string | null;
              leadUnitName: string;
              light: 'red' | 'yellow' | 'green' | 'none';
              lightLabel: string;
              may: {
                assign: boolean;
                comment: boolean;
                contribute: boolean;
                decideExtension: boolean;
                publish: boolean;
                reopen: boolean;
                report: boolean;
                requestExtension: boolean;
                review: boolean;
                signOff: boolean;
              };
              milestones: {
                done: boolean;
                dueDay: string;
                title: string;
              }[];
              number: string;
              parent: {
                id: string;
                number: string;
                title: string;
              } | null;
              parentId: string | null;
              percent: number;
              published: boolean;
              reachedValue: number | null;
              registeredDay: string;
              reopenedCount: number;
              reportCycle: 'none' | 'monthly' | 'quarterly';
              reportCycleLabel: string;
              reports: {
                attachments: {
                  /**
                   * Format: uuid
                   * @description UUID
                   */
                  fileId: string;
                  name: string;
                }[];
                id: string;
                kind: 'progress' | 'completion' | 'contribution';
                kindLabel: string;
                nextSteps: string;
                percent: number | null;
                problems: string;
                progress: string;
                publicNote: string;
                reachedValue: number | null;
                reviewComment: string;
                reviewedAt: string | null;
                status: 'submitted' | 'accepted' | 'returned';
                statusLabel: string;
                submittedAt: string;
                submittedByName: string;
                unitName: string;
              }[];
              responsiblePerson: string;
              result: string;
              returnedCount: number;
              source:
                | 'key_task'
                | 'instruction'
                | 'superior_doc'
                | 'work_report'
                | 'higher_supervision'
                | 'meeting_decision'
                | 'conference'
                | 'speech';
              sourceDoc: string;
              sourceFile: {
                /**
                 * Format: uuid
                 * @description UUID
                 */
                fileId: string;
                name: string;
              } | null;
              sourceLabel: string;
              sourceText: string;
              status: 'registered' | 'handling' | 'closure_review' | 'signoff' | 'closed';
              statusLabel: string;
              target: string | null;
              targetLabel: string;
              targetUnit: string;
              targetValue: number | null;
              timeline: {
                actorName: string | null;
                at: string;
                kind: string;
                note: string | null;
                seq: number;
                staffNote: string | null;
                text: string;
              }[];
              title: string;
              units: {
                name: string;
                role: 'lead' | 'co';
                unitId: string;
              }[];
              urgency: 'ordinary' | 'urgent';
              urgencyLabel: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/supervision/items/{id}/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 重新办理（写明理由） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bulletinId: string | null;
              children: {
                daysLeft: number | null;
                dueDay: string | null;
                escalation: number;
                escalationLabel: string;
                id: string;
                instructingLeaderName: string;
                leaderInChargeName: string;
                leadUnitId: string | null;
                leadUnitName: string;
                light: 'red' | 'yellow' | 'green' | 'none';
                lightLabel: string;
                number: string;
                parentId: string | null;
                percent: number;
                published: boolean;
                registeredDay: string;
                returnedCount: number;
                source:
                  | 'key_task'
                  | 'instruction'
                  | 'superior_doc'
                  | 'work_report'
                  | 'higher_supervision'
                  | 'meeting_decision'
                  | 'conference'
                  | 'speech';
                sourceLabel: string;
                status: 'registered' | 'handling' | 'closure_review' | 'signoff' | 'closed';
                statusLabel: string;
                target: string | null;
                title: string;
                urgency: 'ordinary' | 'urgent';
                urgencyLabel: string;
              }[];
              clock: {
                clockId: string;
                dueDay: string | null;
                explanation: string;
                provisional: string | null;
                status: string;
              } | null;
              closedAt: string | null;
              closedOnTime: boolean | null;
              daysLeft: number | null;
              dueDay: string | null;
              dueRule: string;
              escalation: number;
              escalationLabel: string;
              extensionCount: number;
              extensions: {
                decidedAt: string | null;
                decidedByName: string;
                decisionComment: string;
                fromDay: string;
                id: string;
                newDueDay: string | null;
                reason: string;
                requestedAt: string;
                requestedByName: string;
                status: 'pending' | 'approved' | 'refused';
                statusLabel: string;
                toDay: string;
                unitName: string;
              }[];
              id: string;
              instructingLeaderName: string;
              leaderInChargeName: string;
              leadUnitId: string | null;
              leadUnitName: string;
              light: 'red' | 'yellow' | 'green' | 'none';
              lightLabel: string;
              may: {
                assign: boolean;
                comment: boolean;
                contribute: boolean;
                decideExtension: boolean;
                publish: boolean;
                reopen: boolean;
                report: boolean;
                requestExtension: boolean;
                review: boolean;
                signOff: boolean;
              };
              milestones: {
                done: boolean;
                dueDay: string;
                title: string;
              }[];
              number: string;
              parent: {
                id: string;
                number: string;
                title: string;
              } | null;
              parentId: string | null;
              percent: number;
              published: boolean;
              reachedValue: number | null;
              registeredDay: string;
              reopenedCount: number;
              reportCycle: 'none' | 'monthly' | 'quarterly';
              reportCycleLabel: string;
              reports: {
                attachments: {
                  /**
                   * Format: uuid
                   * @description UUID
                   */
                  fileId: string;
                  name: string;
                }[];
                id: string;
                kind: 'progress' | 'completion' | 'contribution';
                kindLabel: string;
                nextSteps: string;
                percent: number | null;
                problems: string;
                progress: string;
                publicNote: string;
                reachedValue: number | null;
                reviewComment: string;
                reviewedAt: string | null;
                status: 'submitted' | 'accepted' | 'returned';
                statusLabel: string;
                submittedAt: string;
                submittedByName: string;
                unitName: string;
              }[];
              responsiblePerson: string;
              result: string;
              returnedCount: number;
              source:
                | 'key_task'
                | 'instruction'
                | 'superior_doc'
                | 'work_report'
                | 'higher_supervision'
                | 'meeting_decision'
                | 'conference'
                | 'speech';
              sourceDoc: string;
              sourceFile: {
                /**
                 * Format: uuid
                 * @description UUID
                 */
                fileId: string;
                name: string;
              } | null;
              sourceLabel: string;
              sourceText: string;
              status: 'registered' | 'handling' | 'closure_review' | 'signoff' | 'closed';
              statusLabel: string;
              target: string | null;
              targetLabel: string;
              targetUnit: string;
              targetValue: number | null;
              timeline: {
                actorName: string | null;
                at: string;
                kind: string;
                note: string | null;
                seq: number;
                staffNote: string | null;
                text: string;
              }[];
              title: string;
              units: {
                name: string;
                role: 'lead' | 'co';
                unitId: string;
              }[];
              urgency: 'ordinary' | 'urgent';
              urgencyLabel: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/supervision/items/{id}/report.docx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 办理情况报告（Word 公文，办结后报批示领导） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description 办理情况报告（Word 公文，办结后报批示领导） */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/supervision/items/{id}/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 报送进展、协办情况或申请办结（牵头/协办单位） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            attachments?: {
              /**
               * Format: uuid
               * @description UUID
               */
              fileId: string;
              name: string;
            }[];
            kind: 'progress' | 'completion' | 'contribution';
            nextSteps?: string;
            percent?: number | null;
            problems?: string | null;
            progress: string;
            reachedValue?: number | null;
            result?: string;
            valueUnit?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bulletinId: string | null;
              children: {
                daysLeft: number | null;
                dueDay: string | null;
                escalation: number;
                escalationLabel: string;
                id: string;
                instructingLeaderName: string;
                leaderInChargeName: string;
                leadUnitId: string | null;
                leadUnitName: string;
                light: 'red' | 'yellow' | 'green' | 'none';
                lightLabel: string;
                number: string;
                parentId: string | null;
                percent: number;
                published: boolean;
                registeredDay: string;
                returnedCount: number;
                source:
                  | 'key_task'
                  | 'instruction'
                  | 'superior_doc'
                  | 'work_report'
                  | 'higher_supervision'
                  | 'meeting_decision'
                  | 'conference'
                  | 'speech';
                sourceLabel: string;
                status: 'registered' | 'handling' | 'closure_review' | 'signoff' | 'closed';
                statusLabel: string;
                target: string | null;
                title: string;
                urgency: 'ordinary' | 'urgent';
                urgencyLabel: string;
              }[];
              clock: {
                clockId: string;
                dueDay: string | null;
                explanation: string;
                provisional: string | null;
                status: string;
              } | null;
              closedAt: string | null;
              closedOnTime: boolean | null;
              daysLeft: number | null;
              dueDay: string | null;
              dueRule: string;
              escalation: number;
              escalationLabel: string;
              extensionCount: number;
              extensions: {
                decidedAt: string | null;
                decidedByName: string;
                decisionComment: string;
                fromDay: string;
                id: string;
                newDueDay: string | null;
                reason: string;
                requestedAt: string;
                requestedByName: string;
                status: 'pending' | 'approved' | 'refused';
                statusLabel: string;
                toDay: string;
                unitName: string;
              }[];
              id: string;
              instructingLeaderName: string;
              leaderInChargeName: string;
              leadUnitId: string | null;
              leadUnitName: string;
              light: 'red' | 'yellow' | 'green' | 'none';
              lightLabel: string;
              may: {
                assign: boolean;
                comment: boolean;
                contribute: boolean;
                decideExtension: boolean;
                publish: boolean;
                reopen: boolean;
                report: boolean;
                requestExtension: boolean;
                review: boolean;
                signOff: boolean;
              };
              milestones: {
                done: boolean;
                dueDay: string;
                title: string;
              }[];
              number: string;
              parent: {
                id: string;
                number: string;
                title: string;
              } | null;
              parentId: string | null;
              percent: number;
              published: boolean;
              reachedValue: number | null;
              registeredDay: string;
              reopenedCount: number;
              reportCycle: 'none' | 'monthly' | 'quarterly';
              reportCycleLabel: string;
              reports: {
                attachments: {
                  /**
                   * Format: uuid
                   * @description UUID
                   */
                  fileId: string;
                  name: string;
                }[];
                id: string;
                kind: 'progress' | 'completion' | 'contribution';
                kindLabel: string;
                nextSteps: string;
                percent: number | null;
                problems: string;
                progress: string;
                publicNote: string;
                reachedValue: number | null;
                reviewComment: string;
                reviewedAt: string | null;
                status: 'submitted' | 'accepted' | 'returned';
                statusLabel: string;
                submittedAt: string;
                submittedByName: string;
                unitName: string;
              }[];
              responsiblePerson: string;
              result: string;
              returnedCount: number;
              source:
                | 'key_task'
                | 'instruction'
                | 'superior_doc'
                | 'work_report'
                | 'higher_supervision'
                | 'meeting_decision'
                | 'conference'
                | 'speech';
              sourceDoc: string;
              sourceFile: {
                /**
                 * Format: uuid
                 * @description UUID
                 */
                fileId: string;
                name: string;
              } | null;
              sourceLabel: string;
              sourceText: string;
              status: 'registered' | 'handling' | 'closure_review' | 'signoff' | 'closed';
              statusLabel: string;
              target: string | null;
              targetLabel: string;
              targetUnit: string;
              targetValue: number | null;
              timeline: {
                actorName: string | null;
                at: string;
                kind: string;
                note: string | null;
                seq: number;
                staffNote: string | null;
                text: string;
              }[];
              title: string;
              units: {
                name: string;
                role: 'lead' | 'co';
                unitId: string;
              }[];
              urgency: 'ordinary' | 'urgent';
              urgencyLabel: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/supervision/items/{id}/signoff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 分管厅领导签批办结；办理结果报送批示领导 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            comment?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bulletinId: string | null;
              children: {
                daysLeft: number | null;
                dueDay: string | null;
                escalation: number;
                escalationLabel: string;
                id: string;
                instructingLeaderName: string;
                leaderInChargeName: string;
                leadUnitId: string | null;
                leadUnitName: string;
                light: 'red' | 'yellow' | 'green' | 'none';
                lightLabel: string;
                number: string;
                parentId: string | null;
                percent: number;
                published: boolean;
                registeredDay: string;
                returnedCount: number;
                source:
                  | 'key_task'
                  | 'instruction'
                  | 'superior_doc'
                  | 'work_report'
                  | 'higher_supervision'
                  | 'meeting_decision'
                  | 'conference'
                  | 'speech';
                sourceLabel: string;
                status: 'registered' | 'handling' | 'closure_review' | 'signoff' | 'closed';
                statusLabel: string;
                target: string | null;
                title: string;
                urgency: 'ordinary' | 'urgent';
                urgencyLabel: string;
              }[];
              clock: {
                clockId: string;
                dueDay: string | null;
                explanation: string;
                provisional: string | null;
                status: string;
              } | null;
              closedAt: string | null;
              closedOnTime: boolean | null;
              daysLeft: number | null;
              dueDay: string | null;
              dueRule: string;
              escalation: number;
              escalationLabel: string;
              extensionCount: number;
              extensions: {
                decidedAt: string | null;
                decidedByName: string;
                decisionComment: string;
                fromDay: string;
                id: string;
                newDueDay: string | null;
                reason: string;
                requestedAt: string;
                requestedByName: string;
                status: 'pending' | 'approved' | 'refused';
                statusLabel: string;
                toDay: string;
                unitName: string;
              }[];
              id: string;
              instructingLeaderName: string;
              leaderInChargeName: string;
              leadUnitId: string | null;
              leadUnitName: string;
              light: 'red' | 'yellow' | 'green' | 'none';
              lightLabel: string;
              may: {
                assign: boolean;
                comment: boolean;
                contribute: boolean;
                decideExtension: boolean;
                publish: boolean;
                reopen: boolean;
                report: boolean;
                requestExtension: boolean;
                review: boolean;
                signOff: boolean;
              };
              milestones: {
                done: boolean;
                dueDay: string;
                title: string;
              }[];
              number: string;
              parent: {
                id: string;
                number: string;
                title: string;
              } | null;
              parentId: string | null;
              percent: number;
              published: boolean;
              reachedValue: number | null;
              registeredDay: string;
              reopenedCount: number;
              reportCycle: 'none' | 'monthly' | 'quarterly';
              reportCycleLabel: string;
              reports: {
                attachments: {
                  /**
                   * Format: uuid
                   * @description UUID
                   */
                  fileId: string;
                  name: string;
                }[];
                id: string;
                kind: 'progress' | 'completion' | 'contribution';
                kindLabel: string;
                nextSteps: string;
                percent: number | null;
                problems: string;
                progress: string;
                publicNote: string;
                reachedValue: number | null;
                reviewComment: string;
                reviewedAt: string | null;
                status: 'submitted' | 'accepted' | 'returned';
                statusLabel: string;
                submittedAt: string;
                submittedByName: string;
                unitName: string;
              }[];
              responsiblePerson: string;
              result: string;
              returnedCount: number;
              source:
                | 'key_task'
                | 'instruction'
                | 'superior_doc'
                | 'work_report'
                | 'higher_supervision'
                | 'meeting_decision'
                | 'conference'
                | 'speech';
              sourceDoc: string;
              sourceFile: {
                /**
                 * Format: uuid
                 * @description UUID
                 */
                fileId: string;
                name: string;
              } | null;
              sourceLabel: string;
              sourceText: string;
              status: 'registered' | 'handling' | 'closure_review' | 'signoff' | 'closed';
              statusLabel: string;
              target: string | null;
              targetLabel: string;
              targetUnit: string;
              targetValue: number | null;
              timeline: {
                actorName: string | null;
                at: string;
                kind: string;
                note: string | null;
                seq: number;
                staffNote: string | null;
                text: string;
              }[];
              title: string;
              units: {
                name: string;
                role: 'lead' | 'co';
                unitId: string;
              }[];
              urgency: 'ordinary' | 'urgent';
              urgencyLabel: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/supervision/reports/{id}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 督查室审核报告：采纳或退回（退回写明意见，计入退回次数） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            comment?: string;
            decision: 'accept' | 'return';
            publicNote?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              bulletinId: string | null;
              children: {
                daysLeft: number | null;
                dueDay: string | null;
                escalation: number;
                escalationLabel: string;
                id: string;
                instructingLeaderName: string;
                leaderInChargeName: string;
                leadUnitId: string | null;
                leadUnitName: string;
                light: 'red' | 'yellow' | 'green' | 'none';
                lightLabel: string;
                number: string;
                parentId: string | null;
                percent: number;
                published: boolean;
                registeredDay: string;
                returnedCount: number;
                source:
                  | 'key_task'
                  | 'instruction'
                  | 'superior_doc'
                  | 'work_report'
                  | 'higher_supervision'
                  | 'meeting_decision'
                  | 'conference'
                  | 'speech';
                sourceLabel: string;
                status: 'registered' | 'handling' | 'closure_review' | 'signoff' | 'closed';
                statusLabel: string;
                target: string | null;
                title: string;
                urgency: 'ordinary' | 'urgent';
                urgencyLabel: string;
              }[];
              clock: {
                clockId: string;
                dueDay: string | null;
                explanation: string;
                provisional: string | null;
                status: string;
              } | null;
              closedAt: string | null;
              closedOnTime: boolean | null;
              daysLeft: number | null;
              dueDay: string | null;
              dueRule: string;
              escalation: number;
              escalationLabel: string;
              extensionCount: number;
              extensions: {
                decidedAt: string | null;
                decidedByName: string;
                decisionComment: string;
                fromDay: string;
                id: string;
                newDueDay: string | null;
                reason: string;
                requestedAt: string;
                requestedByName: string;
                status: 'pending' | 'approved' | 'refused';
                statusLabel: string;
                toDay: string;
                unitName: string;
              }[];
              id: string;
              instructingLeaderName: string;
              leaderInChargeName: string;
              leadUnitId: string | null;
              leadUnitName: string;
              light: 'red' | 'yellow' | 'green' | 'none';
              lightLabel: string;
              may: {
                assign: boolean;
                comment: boolean;
                contribute: boolean;
                decideExtension: boolean;
                publish: boolean;
                reopen: boolean;
                report: boolean;
                requestExtension: boolean;
                review: boolean;
                signOff: boolean;
              };
              milestones: {
                done: boolean;
                dueDay: string;
                title: string;
              }[];
              number: string;
              parent: {
                id: string;
                number: string;
                title: string;
              } | null;
              parentId: string | null;
              percent: number;
              published: boolean;
              reachedValue: number | null;
              registeredDay: string;
              reopenedCount: number;
              reportCycle: 'none' | 'monthly' | 'quarterly';
              reportCycleLabel: string;
              reports: {
                attachments: {
                  /**
                   * Format: uuid
                   * @description UUID
                   */
                  fileId: string;
                  name: string;
                }[];
                id: string;
                kind: 'progress' | 'completion' | 'contribution';
                kindLabel: string;
                nextSteps: string;
                percent: number | null;
                problems: string;
                progress: string;
                publicNote: string;
                reachedValue: number | null;
                reviewComment: string;
                reviewedAt: string | null;
                status: 'submitted' | 'accepted' | 'returned';
                statusLabel: string;
                submittedAt: string;
                submittedByName: string;
                unitName: string;
              }[];
              responsiblePerson: string;
              result: string;
              returnedCount: number;
              source:
                | 'key_task'
                | 'instruction'
                | 'superior_doc'
                | 'work_report'
                | 'higher_supervision'
                | 'meeting_decision'
                | 'conference'
                | 'speech';
              sourceDoc: string;
              sourceFile: {
                /**
                 * Format: uuid
                 * @description UUID
                 */
                fileId: string;
                name: string;
              } | null;
              sourceLabel: string;
              sourceText: string;
              status: 'registered' | 'handling' | 'closure_review' | 'signoff' | 'closed';
              statusLabel: string;
              target: string | null;
              targetLabel: string;
              targetUnit: string;
              targetValue: number | null;
              timeline: {
                actorName: string | null;
                at: string;
                kind: string;
                note: string | null;
                seq: number;
                staffNote: string | null;
                text: string;
              }[];
              title: string;
              units: {
                name: string;
                role: 'lead' | 'co';
                unitId: string;
              }[];
              urgency: 'ordinary' | 'urgent';
              urgencyLabel: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/supervision/vocab': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 督查督办：来源、缓急、状态、局领导、可交办单位与默认期限 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              cycles: {
                label: string;
                value: string;
              }[];
              leaders: {
                id: string;
                name: string;
                title: string | null;
              }[];
              ordinaryLimit: string;
              sources: {
                label: string;
                value: string;
              }[];
              statuses: {
                label: string;
                value: string;
              }[];
              units: {
                id: string;
                name: string;
                type: string;
              }[];
              urgencies: {
                label: string;
                value: string;
              }[];
              urgentLimit: string;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 单位树（扁平列表，含上级、物化路径、类型与人数） */
    get: {
      parameters: {
        query?: {
          includeInactive?: boolean;
          /** @description 单位类型：省局 / 处室 / 直属单位 / 省辖市林业局 / 县级林业局 */
          type?: 'department' | 'division' | 'affiliated' | 'city_bureau' | 'county_bureau';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                active: boolean;
                childCount: number;
                code: string;
                dataStatus: string | null;
                depth: number;
                id: string;
                name: string;
                /** @description 名称待核实 */
                nameUnverified: boolean;
                parentId: string | null;
                /** @description 物化路径 /省局id/…/本单位id/ */
                path: string;
                peopleCount: number;
                regionCode: string | null;
                shortName: string | null;
                sort: number;
                /** @description 单位类型：省局 / 处室 / 直属单位 / 省辖市林业局 / 县级林业局 */
                type: 'department' | 'division' | 'affiliated' | 'city_bureau' | 'county_bureau';
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    /** 新建单位（系统管理员） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 单位代码（大写字母、数字、连字符），如 HNLY-BGS、C410100 */
            code: string;
            dataStatus?: ('verified' | 'partially_verified' | 'reconstructed') | (never | null);
            /** @description 单位全称 */
            name: string;
            /**
             * Format: uuid
             * @description UUID
             */
            parentId: string | null;
            /** @description 行政区划代码（6 位） */
            regionCode?: string | null;
            /** @description 简称 */
            shortName?: string | null;
            /** @description 排序号（小者在前） */
            sort?: number;
            /** @description 单位类型：省局 / 处室 / 直属单位 / 省辖市林业局 / 县级林业局 */
            type: 'department' | 'division' | 'affiliated' | 'city_bureau' | 'county_bureau';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              childCount: number;
              code: string;
              dataStatus: string | null;
              depth: number;
              id: string;
              name: string;
              /** @description 名称待核实 */
              nameUnverified: boolean;
              parentId: string | null;
              /** @description 物化路径 /省局id/…/本单位id/ */
              path: string;
              peopleCount: number;
              regionCode: string | null;
              shortName: string | null;
              sort: number;
              /** @description 单位类型：省局 / 处室 / 直属单位 / 省辖市林业局 / 县级林业局 */
              type: 'department' | 'division' | 'affiliated' | 'city_bureau' | 'county_bureau';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/units/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 单位详情（含上级链与分管局领导） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              ancestors: {
                id: string;
                name: string;
                /** @description 单位类型：省局 / 处室 / 直属单位 / 省辖市林业局 / 县级林业局 */
                type: 'department' | 'division' | 'affiliated' | 'city_bureau' | 'county_bureau';
              }[];
              childCount: number;
              code: string;
              dataStatus: string | null;
              depth: number;
              id: string;
              leaders: {
                id: string;
                name: string;
                title: string | null;
              }[];
              name: string;
              /** @description 名称待核实 */
              nameUnverified: boolean;
              parentId: string | null;
              /** @description 物化路径 /省局id/…/本单位id/ */
              path: string;
              peopleCount: number;
              regionCode: string | null;
              shortName: string | null;
              sort: number;
              /** @description 单位类型：省局 / 处室 / 直属单位 / 省辖市林业局 / 县级林业局 */
              type: 'department' | 'division' | 'affiliated' | 'city_bureau' | 'county_bureau';
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改单位；改变上级即移动该单位及其全部下级（系统管理员） */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description UUID */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            active?: boolean;
            /** @description 单位代码（大写字母、数字、连字符），如 HNLY-BGS、C410100 */
            code?: string;
            dataStatus?: ('verified' | 'partially_verified' | 'reconstructed') | (never | null);
            /** @description 单位全称 */
            name?: string;
            /**
             * Format: uuid
             * @description UUID
             */
            parentId?: string;
            /** @description 行政区划代码（6 位） */
            regionCode?: string | null;
            /** @description 简称 */
            shortName?: string | null;
            /** @description 排序号（小者在前） */
            sort?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              childCount: number;
              code: string;
              dataStatus: string | null;
              depth: number;
              id: string;
              name: string;
              /** @description 名称待核实 */
              nameUnverified: boolean;
              parentId: string | null;
              /** @description 物化路径 /省局id/…/本单位id/ */
              path: string;
              peopleCount: number;
              regionCode: string | null;
              shortName: string | null;
              sort: number;
              /** @description 单位类型：省局 / 处室 / 直属单位 / 省辖市林业局 / 县级林业局 */
              type: 'department' | 'division' | 'affiliated' | 'city_bureau' | 'county_bureau';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['def-0'];
          };
        };
      };
    };
    trace?: never;
  };
  '/open311/v2/requests.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本客户端提交的来信（需 api_key；筛选：service_request_id、service_code、start_date、end_date、status，默认近 90 天，最多 1000 条） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string | null;
              address_id: string | null;
              agency_responsible: string | null;
              description: string;
              expected_datetime: string | null;
              lat: number | null;
              long: number | null;
              media_url: string | null;
              requested_datetime: string;
              service_code: string;
              service_name: string;
              service_notice: string | null;
              service_request_id: string;
              /** @description open / closed */
              status: string;
              status_notes: string | null;
              updated_datetime: string;
              zipcode: string | null;
            }[];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json':
              | {
                  code: number;
                  description: string;
                }[]
              | components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json':
              | {
                  code: number;
                  description: string;
                }[]
              | components['schemas']['def-0'];
          };
        };
        /** @description GeoReport 错误：[{ code, description }] */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: number;
              description: string;
            }[];
          };
        };
      };
    };
    put?: never;
    /** 提交来信（application/x-www-form-urlencoded：api_key、service_code、lat+long 或 address_string 或 address_id、attribute[category]、first_name、last_name、phone、email、description） */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              account_id: string | null;
              service_notice: string;
              service_request_id: string;
              token: string;
            }[];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json':
              | {
                  code: number;
                  description: string;
                }[]
              | components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json':
              | {
                  code: number;
                  description: string;
                }[]
              | components['schemas']['def-0'];
          };
        };
        /** @description GeoReport 错误：[{ code, description }] */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: number;
              description: string;
            }[];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open311/v2/requests/{file}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 一封来信，路径为 requests/{service_request_id}.json（需 api_key） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          file: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              address: string | null;
              address_id: string | null;
              agency_responsible: string | null;
              description: string;
              expected_datetime: string | null;
              lat: number | null;
              long: number | null;
              media_url: string | null;
              requested_datetime: string;
              service_code: string;
              service_name: string;
              service_notice: string | null;
              service_request_id: string;
              /** @description open / closed */
              status: string;
              status_notes: string | null;
              updated_datetime: string;
              zipcode: string | null;
            }[];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json':
              | {
                  code: number;
                  description: string;
                }[]
              | components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json':
              | {
                  code: number;
                  description: string;
                }[]
              | components['schemas']['def-0'];
          };
        };
        /** @description GeoReport 错误：[{ code, description }] */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: number;
              description: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open311/v2/services.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 服务列表（可受理的栏目） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              description: string;
              group: string;
              keywords: string;
              metadata: boolean;
              service_code: string;
              service_name: string;
              type: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open311/v2/services/{file}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 服务定义（属性：来信类别），路径为 services/{service_code}.json */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          file: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attributes: {
                code: string;
                datatype: string;
                datatype_description: string;
                description: string;
                order: number;
                required: boolean;
                values: {
                  key: string;
                  name: string;
                }[];
                variable: boolean;
              }[];
              service_code: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json':
              | {
                  code: number;
                  description: string;
                }[]
              | components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json':
              | {
                  code: number;
                  description: string;
                }[]
              | components['schemas']['def-0'];
          };
        };
        /** @description GeoReport 错误：[{ code, description }] */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: number;
              description: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/open311/v2/tokens/{file}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 由 token 查 service_request_id，路径为 tokens/{token}.json（需 api_key） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          file: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              service_request_id: string;
              token: string;
            }[];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json':
              | {
                  code: number;
                  description: string;
                }[]
              | components['schemas']['def-0'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json':
              | {
                  code: number;
                  description: string;
                }[]
              | components['schemas']['def-0'];
          };
        };
        /** @description GeoReport 错误：[{ code, description }] */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: number;
              description: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** Problem */
    'def-0': {
      code: string;
      detail: string;
      errors?: {
        field: string;
        message: string;
      }[];
      status: number;
      title: string;
      type: string;
    } & {
      [key: string]: unknown;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
