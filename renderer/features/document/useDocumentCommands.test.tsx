// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serializeProject } from '../../../core';
import { createAppStore, isDirty, type AppStore } from '../../store/appStore';
import { AppStoreProvider } from '../../store/AppStoreProvider';
import { makeProject } from '../../testing/fixtures';
import { TopBar } from '../shell/TopBar';
import { CommandsProvider, useCommandCenter, useProvideService } from '../../commands';
import { DocumentNotices } from './DocumentNotices';
import { fakePlatform, type FakePlatform } from './fakePlatform';
import { useDocumentCommands } from './useDocumentCommands';

afterEach(cleanup);

function Window({ store, platform }: { store: AppStore; platform: FakePlatform }) {
  const commands = useDocumentCommands(store, platform, { newProject: () => makeProject('Fresh rig') });
  // The window's one key dispatcher and menu subscriber, as App mounts it.
  const center = useCommandCenter(store, platform);
  useProvideService(center, 'document', commands);
  return (
    <AppStoreProvider store={store}>
      <CommandsProvider center={center}>
        <TopBar commands={commands} />
        <DocumentNotices commands={commands} />
        <input aria-label="Some other field" />
      </CommandsProvider>
    </AppStoreProvider>
  );
}

async function renderWindow(kind: 'web' | 'electron' = 'web', prepare: (platform: FakePlatform) => void = () => undefined) {
  const store = createAppStore({ project: makeProject('Start rig') });
  const platform = fakePlatform(kind);
  prepare(platform);
  render(<Window store={store} platform={platform} />);
  // The start-up autosave check is asynchronous.
  await waitFor(() => expect(platform.readAutosaves).toHaveBeenCalled());
  const rename = (name: string) =>
    act(() =>
      store.getState().updateDesign((design) => {
        design.name = name;
      }),
    );
  return { store, platform, rename };
}

describe('TopBar file buttons', () => {
  it('has New, Open, Save and Save As with their shortcuts, the file name and the dirty marker', async () => {
    const { platform, rename } = await renderWindow();
    const group = screen.getByRole('group', { name: 'File' });
    expect(within(group).getAllByRole('button').map((button) => button.textContent)).toEqual(['New', 'Open', 'Save', 'Save As']);
    expect(screen.getByRole('button', { name: 'Save As' }).title).toBe('Save the design to a new file (Ctrl+Shift+S)');
    expect(screen.getByRole('button', { name: 'Open' }).getAttribute('aria-keyshortcuts')).toBe('Control+O');
    expect(screen.getByTestId('document-file').textContent).toBe('Not saved to a file');
    expect(screen.queryByTestId('dirty-marker')).toBeNull();

    rename('Edited rig');
    expect(screen.getByTestId('dirty-marker')).toBeTruthy();
    expect(document.title).toBe('● Edited rig — Trainwright');

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByTestId('document-file').textContent).toBe('Edited rig.json'));
    expect(platform.saveAs).toHaveBeenCalledOnce();
    expect(screen.queryByTestId('dirty-marker')).toBeNull();
    expect(document.title).toBe('Edited rig — Trainwright');
  });

  it('keeps the results status indicator', async () => {
    await renderWindow();
    expect(screen.getByTestId('results-status').dataset.status).toBe('idle');
  });
});

describe('renaming the design', () => {
  it('renames on double-click and Enter as one undo step; Escape cancels', async () => {
    const { store } = await renderWindow();
    fireEvent.doubleClick(screen.getByRole('button', { name: 'Start rig' }));
    const field = screen.getByRole('textbox', { name: 'Design name' });
    fireEvent.change(field, { target: { value: '  Rack 7  ' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(screen.getByTestId('design-name').textContent).toBe('Rack 7');
    expect(store.temporal.getState().pastStates).toHaveLength(1);

    fireEvent.keyDown(screen.getByRole('button', { name: 'Rack 7' }), { key: 'F2' });
    const again = screen.getByRole('textbox', { name: 'Design name' });
    fireEvent.change(again, { target: { value: 'Never mind' } });
    fireEvent.keyDown(again, { key: 'Escape' });
    expect(screen.getByTestId('design-name').textContent).toBe('Rack 7');

    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(screen.getByTestId('design-name').textContent).toBe('Start rig');
  });

  it('ignores an empty name', async () => {
    const { store } = await renderWindow();
    fireEvent.doubleClick(screen.getByRole('button', { name: 'Start rig' }));
    const field = screen.getByRole('textbox', { name: 'Design name' });
    fireEvent.change(field, { target: { value: '   ' } });
    fireEvent.blur(field);
    expect(screen.getByTestId('design-name').textContent).toBe('Start rig');
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });
});

describe('keys in the browser', () => {
  it('runs the file shortcuts, also from a text field, and leaves undo to the field there', async () => {
    const { store, platform, rename } = await renderWindow('web');
    rename('Edited rig');
    const field = screen.getByRole('textbox', { name: 'Some other field' });
    field.focus();

    const save = new KeyboardEvent('keydown', { key: 's', ctrlKey: true, bubbles: true, cancelable: true });
    act(() => field.dispatchEvent(save));
    expect(save.defaultPrevented).toBe(true);
    await waitFor(() => expect(platform.saveAs).toHaveBeenCalledOnce());

    fireEvent.keyDown(field, { key: 'S', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(platform.saveAs).toHaveBeenCalledTimes(2));
    fireEvent.keyDown(field, { key: 'o', metaKey: true });
    await waitFor(() => expect(platform.openFile).toHaveBeenCalledOnce());

    rename('Edited again');
    fireEvent.keyDown(field, { key: 'z', ctrlKey: true });
    expect(store.getState().project.design.name).toBe('Edited again');
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(store.getState().project.design.name).toBe('Edited rig');
  });

  it('asks before New throws away unsaved changes; Cancel keeps them, Discard changes starts afresh', async () => {
    const { store, platform, rename } = await renderWindow('web');
    rename('Edited rig');
    fireEvent.keyDown(document.body, { key: 'n', ctrlKey: true });
    const dialog = await screen.findByRole('alertdialog', { name: 'Discard unsaved changes?' });
    expect(dialog.textContent).toMatch(/New design replaces “Edited rig”/);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(store.getState().project.design.name).toBe('Edited rig');

    fireEvent.click(screen.getByRole('button', { name: 'New' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(screen.getByTestId('design-name').textContent).toBe('Fresh rig'));
    expect(isDirty(store.getState())).toBe(false);
    expect(platform.clearAutosave).toHaveBeenCalled();
  });
});

describe('Electron', () => {
  it('leaves the file keys to the menu, whose commands run once each', async () => {
    const { platform, rename } = await renderWindow('electron');
    rename('Edited rig');
    const save = new KeyboardEvent('keydown', { key: 's', ctrlKey: true, bubbles: true, cancelable: true });
    act(() => document.body.dispatchEvent(save));
    expect(save.defaultPrevented).toBe(false);
    fireEvent.keyDown(document.body, { key: 'o', ctrlKey: true });
    expect(platform.saveAs).not.toHaveBeenCalled();
    expect(platform.openFile).not.toHaveBeenCalled();

    act(() => platform.sendMenu('file.save'));
    await waitFor(() => expect(screen.getByTestId('document-file').textContent).toBe('Edited rig.json'));
    expect(platform.saveAs).toHaveBeenCalledOnce();
    act(() => platform.sendMenu('file.saveAs'));
    await waitFor(() => expect(platform.saveAs).toHaveBeenCalledTimes(2));
    act(() => platform.sendMenu('file.save'));
    await waitFor(() => expect(platform.save).toHaveBeenCalledWith('handle-Edited rig.json', expect.any(String), 'Edited rig.json'));
    act(() => platform.sendMenu('file.open'));
    await waitFor(() => expect(platform.openFile).toHaveBeenCalledOnce());
  });

  it('opens the file picked from Open Recent and undoes from the Edit menu', async () => {
    const { store, platform, rename } = await renderWindow('electron');
    rename('Edited rig');
    act(() => platform.sendMenu('edit.undo'));
    expect(store.getState().project.design.name).toBe('Start rig');

    platform.nextOpen = { name: 'recent.json', handle: 'h-recent', text: serializeProject(makeProject('Recent rig').design) };
    act(() => platform.sendOpenRecent({ handle: 'h-recent', name: 'recent.json' }));
    await waitFor(() => expect(screen.getByTestId('design-name').textContent).toBe('Recent rig'));
    expect(platform.openRecent).toHaveBeenCalledWith('h-recent');
  });

  it('refuses to unload while the design has unsaved changes, so main can ask', async () => {
    const { rename } = await renderWindow('electron');
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(unload()).toBe(false);
    rename('Edited rig');
    expect(unload()).toBe(true);
  });
});

describe('banners', () => {
  it('shows the problems of a corrupt file with their JSON paths until dismissed, design untouched', async () => {
    const { platform } = await renderWindow('web', (p) => {
      p.nextOpen = { name: 'broken.json', handle: null, text: '{"format":"trainwright/project","version":1,"design":{"name":"X","serverTypes":"oops"}}' };
    });
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    const error = await screen.findByTestId('document-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toMatch(/Could not open "broken\.json"\. The open design is unchanged\./);
    expect(within(error).getByText('design.serverTypes')).toBeTruthy();
    expect(screen.getByTestId('design-name').textContent).toBe('Start rig');
    expect(platform.openFile).toHaveBeenCalledOnce();

    fireEvent.click(within(error).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('document-error')).toBeNull();
  });

  it('offers the autosave left by a crash; Restore brings it back unsaved', async () => {
    const { store } = await renderWindow('web', (p) => {
      p.autosave = serializeProject(makeProject('Crashed rig').design);
    });
    const banner = await screen.findByTestId('restore-banner');
    expect(banner.textContent).toMatch(/Restore the design you were editing \(Crashed rig, unsaved, autosaved (today|on .+) at .+\)\?/);
    fireEvent.click(within(banner).getByRole('button', { name: 'Restore' }));
    expect(screen.queryByTestId('restore-banner')).toBeNull();
    expect(screen.getByTestId('design-name').textContent).toBe('Crashed rig');
    expect(screen.getByTestId('dirty-marker')).toBeTruthy();
    expect(isDirty(store.getState())).toBe(true);
  });

  it('Discard drops the offered autosave', async () => {
    const { platform } = await renderWindow('web', (p) => {
      p.autosave = serializeProject(makeProject('Crashed rig').design);
    });
    fireEvent.click(within(await screen.findByTestId('restore-banner')).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(platform.autosave).toBeNull());
    expect(screen.queryByTestId('restore-banner')).toBeNull();
    expect(screen.getByTestId('design-name').textContent).toBe('Start rig');
  });

  it('reports a corrupt autosave and keeps the app running', async () => {
    await renderWindow('web', (p) => {
      p.autosave = '{"format":"trainwright/project","version":1,"design":';
    });
    const error = await screen.findByTestId('document-error');
    expect(error.textContent).toMatch(/could not be restored and was discarded/);
    expect(error.textContent).toMatch(/not valid JSON.*\(root\)/);
    expect(screen.queryByTestId('restore-banner')).toBeNull();
    expect(screen.getByTestId('design-name').textContent).toBe('Start rig');
  });
});

describe('lifecycle', () => {
  it('stops listening when unmounted', async () => {
    const { platform } = await renderWindow('electron');
    cleanup();
    platform.sendMenu('file.save');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(platform.saveAs).not.toHaveBeenCalled();
    expect(vi.isMockFunction(platform.saveAs)).toBe(true);
  });
});
