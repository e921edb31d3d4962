using System.Data.Common;

namespace FractalTrader.Runtime;

/// <summary>Sets named parameters on ADO.NET commands the same way for every engine.</summary>
internal static class DbCommandParameters
{
    /// <summary>Sets <paramref name="name"/> to <paramref name="value"/>, adding the parameter the first time.</summary>
    public static DbCommand With(this DbCommand command, string name, object? value)
    {
        DbParameter parameter;
        if (command.Parameters.Contains(name))
        {
            parameter = command.Parameters[name];
        }
        else
        {
            parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        parameter.Value = value ?? DBNull.Value;
        return command;
    }

    /// <summary>A new command on <paramref name="connection"/> for <paramref name="sql"/>.</summary>
    public static DbCommand Command(this DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }
}
