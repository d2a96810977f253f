-- A second, independent LSP client: headless Neovim 0.7 runs the Isnad
-- server on the current buffer and records, for each diagnostic it receives,
-- the text Neovim itself would underline (its own UTF-16 → byte conversion).
local out = os.getenv('ISNAD_NVIM_OUT')
local server = os.getenv('ISNAD_SERVER')
local root = os.getenv('ISNAD_ROOT')

local function finish(record)
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode(record))
  f:close()
  vim.cmd('qa!')
end

local bufnr = vim.api.nvim_get_current_buf()
local uri = vim.uri_from_bufnr(bufnr)

local client_id = vim.lsp.start_client({
  name = 'isnad',
  cmd = { 'node', server, '--stdio' },
  root_dir = root,
  handlers = {
    ['textDocument/publishDiagnostics'] = function(_, result)
      if result.uri ~= uri or #result.diagnostics == 0 then return end
      local seen = {}
      for _, d in ipairs(result.diagnostics) do
        local line = vim.api.nvim_buf_get_lines(bufnr, d.range.start.line, d.range.start.line + 1, false)[1] or ''
        local bs = vim.str_byteindex(line, d.range.start.character, true)
        local be = vim.str_byteindex(line, d.range['end'].character, true)
        table.insert(seen, { message = d.message, code = d.code, range = d.range, underlined = string.sub(line, bs + 1, be) })
      end
      finish({ diagnostics = seen })
    end,
  },
})
vim.lsp.buf_attach_client(bufnr, client_id)
vim.defer_fn(function() finish({ timeout = true }) end, 60000)
