// Showing API errors: under the form fields they name, or as one message in Chinese.
import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { isApiError } from '../api/client.ts';
import { formErrorsOf } from '../api/problem.ts';

export function errorText(error: unknown): string {
  return isApiError(error) ? error.detail : '操作失败，请稍后再试';
}

/** message.error with the problem's Chinese detail. */
export function useShowError(): (error: unknown) => void {
  const { message } = App.useApp();
  return useCallback((error: unknown) => void message.error(errorText(error)), [message]);
}

/**
 * Puts an API error's field messages under the form's inputs and shows the rest as a message.
 * `labels` maps the form's field names to their Chinese labels.
 */
export function useFormErrors(): (
  form: FormInstance,
  error: unknown,
  labels: Record<string, string>,
) => void {
  const { message } = App.useApp();
  return useCallback(
    (form, error, labels) => {
      if (!isApiError(error)) {
        void message.error('操作失败，请稍后再试');
        return;
      }
      const { fields, rest } = formErrorsOf(error, labels);
      if (fields.length) form.setFields(fields);
      if (rest.length) void message.error(rest.join('；'));
      else void message.error('请按提示修改后再提交');
    },
    [message],
  );
}
